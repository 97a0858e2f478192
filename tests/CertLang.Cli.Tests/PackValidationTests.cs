using CertLang.Packs.Model;
using CertLang.Packs.Serialization;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// A pack file is validated, not only hashed: tampered packs whose hash was recomputed are bad input (exit 3, the
/// field named, no stack trace), and whatever <c>certc check</c> accepts, <c>build</c> writes and <c>test</c> reads back.
/// </summary>
public sealed class PackValidationTests : IDisposable
{
    private static readonly RulePack Example = PackCompiler.BuildExamples();
    private readonly string _folder = Directory.CreateTempSubdirectory("certc-tampered-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_requires_cycle_with_a_recomputed_hash_is_refused_by_plan_with_exit_3_instead_of_a_stack_overflow()
    {
        var pack = Write(Example with { Regimes = [.. Example.Regimes.Select(r => r.Name switch
        {
            "CCC" => r with { Requires = ["LVD"] },
            "LVD" => r with { Requires = ["CCC"] },
            _ => r,
        })] });

        var result = Certc.Run(RepositoryPaths.Root, "plan", "--pack", pack, "--product", "examples/products/hair_dryer.json", "--markets", "CN,EU", "--ship", "2027-06-01");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"certc: error: cannot use the pack '{pack}': regimes: regimes require each other in a cycle: CCC → LVD → CCC", result.Error.TrimEnd());
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Int_max_value_months_with_a_recomputed_hash_is_refused_by_test_naming_the_field()
    {
        var ccc = Example.Regimes.IndexOf(Example.Regimes.Single(r => r.Name == "CCC"));
        var regime = Example.Regimes[ccc];
        var step = regime.Steps[0] with { Takes = [regime.Steps[0].Takes[0] with { Max = new(int.MaxValue, 0) }] };
        var pack = Write(Example with { Regimes = Example.Regimes.SetItem(ccc, regime with { Steps = regime.Steps.SetItem(0, step) }) });

        var result = Certc.Run(RepositoryPaths.Root, "test", pack);

        Assert.Equal(3, result.ExitCode);
        Assert.EndsWith($"regimes[{ccc}].steps[0].takes[0].max: 2147483647 months is longer than 36500 days (a month counted as 30)", result.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(29)]
    [InlineData(97)]
    public void Nested_nots_that_check_accepts_build_and_test_reads_the_pack_back(int nots)
    {
        var condition = string.Concat(Enumerable.Repeat("not ", nots)) + "has_radio";
        using var sources = new TemporaryPack().With("pack.cert", $$"""
            pack deep version 1.0.0
            market CN
            attribute has_radio: bool
            regime R in CN {
              scope {
                include where {{condition}}
              }
            }
            test "a radio" {
              product {
                has_radio true
              }
              expect R {{(nots % 2 == 0 ? "required" : "not required")}}
            }
            """);
        var built = Path.Combine(_folder, "deep.json");

        var check = Certc.Run(sources.Folder, "check");
        var build = Certc.Run(sources.Folder, "build", "-o", built);
        var test = Certc.Run(sources.Folder, "test", built, "--today", "2027-01-01");

        Assert.Equal((0, 0, 0), (check.ExitCode, build.ExitCode, test.ExitCode));
        Assert.Equal("1 test: 1 passed, 0 failed", test.OutputLines[^1]);
    }

    private string Write(RulePack pack)
    {
        var path = Path.Combine(_folder, "pack.json");
        File.WriteAllText(path, RulePackJson.Write(pack));
        return path;
    }
}
