using CertLang.TestSupport;

namespace CertLang.Fuzz.Tests;

/// <summary>
/// Replays every fuzz finding kept in Regressions/TARGET (minimised inputs that once crashed or hung a target): each
/// must now pass.
/// </summary>
public sealed class RegressionReplayTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "CertLang.Fuzz.Tests", "Regressions");

    /// <summary>Every kept finding: its target and its file name.</summary>
    public static TheoryData<string, string> Findings()
    {
        var findings = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, target.Name)).Order(StringComparer.Ordinal))
            {
                findings.Add(target.Name, Path.GetFileName(file));
            }
        }

        return findings;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_kept_finding_no_longer_crashes_or_hangs(string target, string file)
    {
        var failure = TargetRun.Failure(FuzzTargets.Named(target)!, File.ReadAllBytes(Path.Combine(Folder, target, file)));

        Assert.Null(failure);
    }
}
