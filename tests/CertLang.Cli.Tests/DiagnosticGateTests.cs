namespace CertLang.Cli.Tests;

/// <summary>
/// The CI gates of docs/ci.md run as a process: the levels of <c>certlang.json</c>, suppression comments,
/// <c>--fail-level</c>, and infos counted but hidden unless <c>-v</c> or the configuration asks.
/// </summary>
public sealed class DiagnosticGateTests : IDisposable
{
    private const string Pack = """
        pack p version 1.0.0
        market Uk "United Kingdom"
        attribute spare: bool
        """;

    private readonly TemporaryPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void Infos_are_counted_but_hidden_unless_verbose()
    {
        _pack.With("a.cert", Pack);

        var quiet = Certc.Run(_pack.Folder, "check");
        var verbose = Certc.Run(_pack.Folder, "check", "-v");

        Assert.Equal(0, quiet.ExitCode);
        Assert.DoesNotContain(quiet.OutputLines, line => line.Contains("CERT1070", StringComparison.Ordinal));
        Assert.Equal("0 errors, 1 warning in 1 file; 1 info hidden, -v shows it", quiet.OutputLines[^1]);
        Assert.Contains("a.cert(3,11): info CERT1070: attribute 'spare' is not used by any condition or test; remove it, or use it", verbose.OutputLines);
        Assert.Equal("0 errors, 1 warning, 1 info in 1 file", verbose.OutputLines[^1]);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    public void The_fail_level_decides_which_diagnostics_fail_check_build_and_test(string level, int exitCode)
    {
        _pack.With("a.cert", Pack);

        Assert.Equal(exitCode, Certc.Run(_pack.Folder, "check", "--fail-level", level).ExitCode);
        Assert.Equal(exitCode, Certc.Run(_pack.Folder, "test", "--fail-level", level).ExitCode);
        var build = Certc.Run(_pack.Folder, "build", "-o", "pack.json", "--fail-level", level);
        Assert.Equal(exitCode, build.ExitCode);
        Assert.Equal(exitCode == 0, File.Exists(Path.Combine(_pack.Folder, "pack.json")));
    }

    [Fact]
    public void An_info_fails_at_fail_level_info_only()
    {
        _pack.With("a.cert", "pack p version 1.0.0\nattribute spare: bool\n");

        Assert.Equal(0, Certc.Run(_pack.Folder, "check", "--fail-level", "warning").ExitCode);
        Assert.Equal(1, Certc.Run(_pack.Folder, "check", "--fail-level", "info").ExitCode);
    }

    [Fact]
    public void The_configuration_turns_codes_off_or_changes_their_level()
    {
        _pack.With("a.cert", Pack).With("certlang.json", """
            {
              "$schema": "../schemas/certlang.schema.json",
              // the UK is written as its members know it
              "diagnostics": { "CERT1034": "off", "CERT1070": "warning" },
            }
            """);

        var result = Certc.Run(_pack.Folder, "check", "--fail-level", "warning");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.OutputLines, line => line.Contains("CERT1034", StringComparison.Ordinal));
        Assert.Contains("a.cert(3,11): warning CERT1070: attribute 'spare' is not used by any condition or test; remove it, or use it", result.OutputLines);
        Assert.Equal("0 errors, 1 warning in 1 file", result.OutputLines[^1]);
    }

    [Fact]
    public void Show_infos_in_the_configuration_shows_them_without_verbose()
    {
        _pack.With("a.cert", Pack).With("certlang.json", """{ "showInfos": true }""");

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Contains(result.OutputLines, line => line.StartsWith("a.cert(3,11): info CERT1070:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_configuration_problem_is_reported_at_its_place_in_certlang_json()
    {
        _pack.With("a.cert", Pack).With("certlang.json", """
            {
              "diagnostic": {},
              "diagnostics": { "CERT1043": "loud", "CERT9999": "off", "CERT0005": "warning" }
            }
            """);

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("certlang.json(2,3): error CERT2101: unknown property 'diagnostic'; did you mean 'diagnostics'?; the file has $schema, diagnostics, showInfos", result.OutputLines);
        Assert.Contains(result.OutputLines, line => line.StartsWith("certlang.json(3,32): error CERT2101: the level of a code is one of", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("certlang.json(3,40): warning CERT2102: no diagnostic has the code 'CERT9999'", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("certlang.json(3,71): error CERT2101: CERT0005 is an error, and errors cannot be made 'warning'", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_that_does_not_parse_is_one_error_with_its_line()
    {
        _pack.With("a.cert", Pack).With("certlang.json", "{\n  \"diagnostics\": { \"CERT1070\": off }\n}\n");

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("certlang.json(2,", StringComparison.Ordinal) && line.Contains("error CERT2101: not valid JSON", StringComparison.Ordinal));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void A_suppression_comment_removes_its_codes_from_the_next_line_only()
    {
        _pack.With("a.cert", """
            pack p version 1.0.0
            // certlang-disable-next-line CERT1034 -- the members write it so
            market Uk "United Kingdom"
            market Fr "France"
            """);

        var result = Certc.Run(_pack.Folder, "check");

        var canonical = result.OutputLines.Where(line => line.Contains(" CERT", StringComparison.Ordinal)).ToArray();
        Assert.StartsWith("a.cert(4,8): warning CERT1034:", Assert.Single(canonical), StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_an_unknown_code_or_an_error_is_reported()
    {
        _pack.With("a.cert", """
            pack p version 1.0.0
            // certlang-disable-next-line CERT1034, CERT1O70, CERT1010 -- stale
            market FR "France"
            market FR "France again"
            // certlang-disable-next-line
            market DE "Germany"
            """);

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("a.cert(2,31): warning CERT2001: the next line has no CERT1034 to suppress", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("a.cert(2,41): warning CERT2002: 'CERT1O70' is not a diagnostic code; did you mean 'CERT1070'?", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("a.cert(2,51): warning CERT2002: CERT1010 is an error, and errors cannot be suppressed", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("a.cert(4,8): error CERT1010:", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("a.cert(5,1): warning CERT2002: name the codes to suppress", StringComparison.Ordinal));
    }
}
