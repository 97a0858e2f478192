using System.Text.RegularExpressions;

namespace CertLang.Cli.Tests;

/// <summary>
/// Text output on a real terminal: certc runs under util-linux <c>script</c>, which gives it a pseudo-terminal as
/// standard output. Colour appears there, and disappears with NO_COLOR.
/// </summary>
public sealed partial class TerminalColourTests
{
    private const string Red = "\e[91m";
    private const string Reset = "\e[0m";

    [TerminalFact]
    public void On_a_terminal_the_severity_word_and_the_caret_are_red()
    {
        using var pack = SamplePacks.TwoErrorsInOneFile();

        var (exitCode, output) = RunOnTerminal(pack.Folder, noColor: null);

        Assert.Equal(1, exitCode);
        Assert.Contains($"regimes/china.cert(5,3): {Red}error{Reset} CERT0005: unexpected name 'athority'", output, StringComparison.Ordinal);
        Assert.Contains($"\n  athority \"CNCA\"\n  {Red}^~~~~~~~{Reset}\n", output, StringComparison.Ordinal);
        Assert.EndsWith("\n2 errors, 0 warnings in 1 file\n", output, StringComparison.Ordinal);
    }

    [TerminalFact]
    public void With_NO_COLOR_the_terminal_gets_plain_text()
    {
        using var pack = SamplePacks.TwoErrorsInOneFile();

        var (exitCode, output) = RunOnTerminal(pack.Folder, noColor: "1");

        Assert.Equal(1, exitCode);
        Assert.Contains("regimes/china.cert(5,3): error CERT0005: unexpected name 'athority'", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(SelectGraphicRendition(), output);
    }

    private static (int ExitCode, string Output) RunOnTerminal(string workingDirectory, string? noColor)
    {
        var result = PseudoTerminal.RunCertc(workingDirectory, noColor, "check");
        Assert.Empty(result.Error);
        return (result.ExitCode, result.Output);
    }

    [GeneratedRegex(@"\e\[[0-9;]*m")]
    private static partial Regex SelectGraphicRendition();
}

/// <summary>A fact that runs only where util-linux <c>script</c> can give certc a pseudo-terminal (Linux).</summary>
public sealed class TerminalFactAttribute : FactAttribute
{
    public TerminalFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/script"))
        {
            Skip = "needs util-linux 'script' to provide a pseudo-terminal";
        }
    }
}
