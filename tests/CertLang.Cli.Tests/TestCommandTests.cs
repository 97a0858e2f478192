using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary><c>certc test</c> as a process: outcomes, the clauses behind a failure, and packs that cannot be used.</summary>
public sealed class TestCommandTests : IDisposable
{
    private const string Pack = """
        pack p version 1.0.0
        attribute rated_voltage: voltage
        category appliance { category kettle hs 8516.71 }
        market CN
        regime CCC in CN {
          scope {
            include appliance where rated_voltage <= 250 V
          }
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("certc-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_example_tests_pass()
    {
        var result = Certc.Run(RepositoryPaths.Root, "test", "examples");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.OutputLines[..^1], line => Assert.StartsWith("PASS  ", line, StringComparison.Ordinal));
        Assert.Matches(@"^\d+ tests: \d+ passed, 0 failed$", result.OutputLines[^1]);
    }

    [Fact]
    public void A_failure_report_quotes_a_huge_clause_and_a_hostile_test_name_shortened_and_escaped()
    {
        var longCondition = string.Join(" or ", Enumerable.Repeat("rated_voltage <= 250 V", 20_000));
        using var pack = new TemporaryPack()
            .With("pack.cert", Pack.Replace("rated_voltage <= 250 V", longCondition, StringComparison.Ordinal))
            .With("tests.cert", """
                test "kettle \u001B[31mred" {
                  product { category kettle  rated_voltage 400 V }
                  ship 2027-06-01
                  expect CCC required
                }
                """);

        var result = Certc.Run(pack.Folder, "test");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("FAIL  kettle \\u001B[31mred  (tests.cert:1)", result.OutputLines[0]);
        Assert.DoesNotContain('\u001B', result.Output);
        Assert.True(result.Output.Length < 2_000, $"printed {result.Output.Length} characters");
        Assert.Contains($"characters)  → false", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_expectation_shows_expected_actual_and_the_deciding_clauses_and_exits_1()
    {
        using var pack = new TemporaryPack().With("pack.cert", Pack).With("tests.cert", """
            test "kettle at 230 V" {
              product { category kettle  rated_voltage 230 V }
              ship 2027-06-01
              expect CCC required
            }

            test "kettle at 400 V" {
              product { category kettle  rated_voltage 400 V }
              ship 2027-06-01
              expect CCC required
            }
            """);

        var result = Certc.Run(pack.Folder, "test");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "PASS  kettle at 230 V  (tests.cert:1)",
                "FAIL  kettle at 400 V  (tests.cert:7)",
                "      tests.cert:10: expect CCC required, but it is not required at 2027-06-01",
                "        pack.cert:7: include appliance where rated_voltage <= 250 V  → false",
                "2 tests: 1 passed, 1 failed",
            ],
            result.OutputLines);
    }

    [Fact]
    public void An_undetermined_result_names_what_the_product_lacks()
    {
        using var pack = new TemporaryPack().With("pack.cert", Pack).With("tests.cert", """
            test "kettle of unknown voltage" {
              product { category kettle }
              expect CCC required
            }
            """);

        var result = Certc.Run(pack.Folder, "test", "--today", "2027-01-15");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("expect CCC required, but it is undetermined at 2027-01-15", result.Output, StringComparison.Ordinal);
        Assert.Contains("the product lacks: rated_voltage", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tests_run_from_a_built_pack_file_too()
    {
        var packFile = Path.Combine(_folder, "pack.json");
        Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", packFile);

        var result = Certc.Run(_folder, "test", "pack.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Certc.Run(RepositoryPaths.Root, "test", "examples").Output, result.Output);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("truncated")]
    public void A_pack_file_that_cannot_be_used_is_bad_input(string damage)
    {
        var packFile = Path.Combine(_folder, "pack.json");
        Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", packFile);
        var json = File.ReadAllText(packFile);
        File.WriteAllText(packFile, damage == "tampered" ? json.Replace("\"months\": 60,", "\"months\": 120,", StringComparison.Ordinal) : json[..(json.Length / 2)]);

        var result = Certc.Run(_folder, "test", "pack.json");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("certc: error: cannot use the pack 'pack.json': ", result.Error, StringComparison.Ordinal);
        Assert.Contains(damage == "tampered" ? "does not match its hash" : "not a valid rule pack at line", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_with_errors_are_reported_and_no_test_runs()
    {
        using var pack = new TemporaryPack().With("pack.cert", Pack.Replace("rated_voltage <= 250 V", "rated_voltage <= 250 GHz", StringComparison.Ordinal));

        var result = Certc.Run(pack.Folder, "test");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error CERT1020", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PASS", result.Output, StringComparison.Ordinal);
    }
}
