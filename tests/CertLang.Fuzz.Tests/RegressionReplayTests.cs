using CertLang.TestSupport;
using Xunit.Abstractions;

namespace CertLang.Fuzz.Tests;

/// <summary>
/// Replays every fuzz finding kept in Regressions/TARGET (minimised inputs that once crashed or hung a target): each
/// must now pass, or fail only as a bug that <see cref="KnownBugs"/> names and another branch is fixing.
/// </summary>
public sealed class RegressionReplayTests(ITestOutputHelper output)
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
        if (failure is null)
        {
            return;
        }

        var bug = KnownBugs.Matching(target, failure) ?? throw new Xunit.Sdk.XunitException($"{target}/{file} fails: {failure}");
        output.WriteLine($"{target}/{file} still fails, as the known bug '{bug.Name}': {failure.Message}");
    }
}
