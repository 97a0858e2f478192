using System.Globalization;
using Xunit.Abstractions;

namespace CertLang.Fuzz.Tests;

/// <summary>
/// The deterministic mutation run of <c>./test.sh</c>: each fuzz target, uninstrumented, on mutants of its seeds made
/// with a fixed seed. <c>CERTLANG_FUZZ_MUTATIONS</c> sets the count per target (test.sh --full raises it); a failure
/// names the mutant's number, and the mutant is written under the test's output folder to be replayed.
/// </summary>
public sealed class MutationRunTests(ITestOutputHelper output)
{
    private const int RandomSeed = 20261202;

    /// <summary>Mutants per target when CERTLANG_FUZZ_MUTATIONS is not set: about 10 s per target on the build machine.</summary>
    private const int DefaultMutations = 2000;

    [Theory]
    [InlineData("cert")]
    [InlineData("pack")]
    [InlineData("product")]
    public void Mutants_of_the_seeds_never_crash_or_hang(string name)
    {
        var target = FuzzTargets.Named(name)!;
        var mutator = new Mutator(RandomSeed, FuzzCorpus.Seeds(name), FuzzCorpus.Tokens(name));
        var count = MutationCount();
        var known = new Dictionary<string, int>();
        for (var index = 0; index < count; index++)
        {
            var mutant = mutator.Next();
            if (TargetRun.Failure(target, mutant) is not { } failure)
            {
                continue;
            }

            if (KnownBugs.Matching(name, failure) is { } bug)
            {
                known[bug.Name] = known.GetValueOrDefault(bug.Name) + 1;
                continue;
            }

            var file = Path.Combine(AppContext.BaseDirectory, "mutants", $"{name}-{index}");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, mutant);
            Assert.Fail($"mutant {index} of the {name} target (written to {file}) fails: {failure}");
        }

        output.WriteLine($"{count} mutants of the {name} target; failures of known bugs: " +
                         (known.Count == 0 ? "none" : string.Join(", ", known.Select(k => $"{k.Key} ×{k.Value}"))));
    }

    private static int MutationCount()
    {
        var value = Environment.GetEnvironmentVariable("CERTLANG_FUZZ_MUTATIONS");
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : DefaultMutations;
    }
}
