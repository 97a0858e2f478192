namespace CertLang.Cli.Tests;

/// <summary><c>--format</c> of <c>certc check</c> run as a process: exit codes agree across formats, bad values are usage errors.</summary>
public sealed class FormatOptionTests
{
    public static TheoryData<string> Formats => ["text", "json", "sarif"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_pack_with_errors_exits_1_in_every_format(string format)
    {
        using var pack = SamplePacks.TwoErrorsInOneFile();

        Assert.Equal(1, Certc.Run(pack.Folder, "check", "--format", format).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_clean_pack_exits_0_in_every_format(string format)
    {
        using var pack = SamplePacks.Clean();

        Assert.Equal(0, Certc.Run(pack.Folder, "check", "--format", format).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_missing_folder_exits_3_and_prints_nothing_on_stdout_in_every_format(string format)
    {
        using var pack = SamplePacks.Clean();

        var result = Certc.Run(pack.Folder, "check", "no-such-pack", "--format", format);

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Format_names_are_accepted_in_any_case()
    {
        using var pack = SamplePacks.Clean();

        var result = Certc.Run(pack.Folder, "check", "--format", "JSON");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[]", result.Output.Trim());
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("1")]
    [InlineData("")]
    public void An_unknown_format_is_a_usage_error(string format)
    {
        using var pack = SamplePacks.Clean();

        var result = Certc.Run(pack.Folder, "check", "--format", format);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"unknown format '{format}' for --format; use text, json or sarif", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Redirected_text_output_has_no_escape_codes()
    {
        using var pack = SamplePacks.FourErrorsInTwoFiles();

        var result = Certc.Run(pack.Folder, "check", "--format", "text");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(4, CanonicalLine.AllIn(result).Count);
        Assert.DoesNotContain('\e', result.Output);
    }
}
