using System.Globalization;
using Xunit.Abstractions;

namespace CertLang.Fuzz.Tests;

/// <summary>
/// The deterministic mutation run of <c>./test.sh</c>: each fuzz target, uninstrumented, on mutants of its seeds made
/// with a fixed seed. <c>CERTLANG_FUZZ_MUTATIONS</c> sets the count per target (test.sh --full raises it); a failing
/// mutant fails the test and is written under the test's output folder (mutants/TARGET-NUMBER) to be replayed.
/// </summary>
public sealed class MutationRunTests(ITestOutputHelper output)
{
    private const int RandomSeed = 20261202;

    /// <summary>Mutants per target when CERTLANG_FUZZ_MUTATIONS is not set: 5 to 15 s per target on a 2-core machine.</summary>
    private const int DefaultMutations = 3000;

    [Theory]
    [InlineData("cert")]
    [InlineData("pack")]
    [InlineData("product")]
    public void Mutants_of_the_seeds_never_crash_or_hang(string name)
    {
        var target = FuzzTargets.Named(name)!;
        var mutator = new Mutator(RandomSeed, FuzzCorpus.Seeds(name), FuzzCorpus.Tokens(name));
        var count = MutationCount();
        for (var index = 0; index < count; index++)
        {
            var mutant = mutator.Next();
            if (TargetRun.Failure(target, mutant) is { } failure)
            {
                throw new Xunit.Sdk.XunitException($"mutant {index} of the {name} target (written to {Keep(name, index, mutant)}) fails: {failure}");
            }
        }

        output.WriteLine($"{count} mutants of the {name} target, none failed");
    }

    /// <summary>Writes a failing mutant to mutants/TARGET-NUMBER in the test's output folder, to be replayed and minimised.</summary>
    private static string Keep(string target, int index, byte[] mutant)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "mutants", $"{target}-{index}");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, mutant);
        return file;
    }

    private static int MutationCount()
    {
        var value = Environment.GetEnvironmentVariable("CERTLANG_FUZZ_MUTATIONS");
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : DefaultMutations;
    }
}
