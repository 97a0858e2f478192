using Spectre.Console;

namespace CertLang.Cli.Output;

/// <summary>Decides whether standard output may be coloured.</summary>
internal static class TerminalColour
{
    /// <summary>
    /// True only when standard output is a terminal (not redirected), NO_COLOR is unset or empty (no-color.org), and
    /// Spectre.Console finds that the terminal understands ANSI colours.
    /// </summary>
    public static bool IsWantedOnStandardOutput()
    {
        if (Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
        {
            return false;
        }

        var capabilities = AnsiCapabilities.Create(Console.Out);
        return capabilities.Ansi && capabilities.ColorSystem != ColorSystem.NoColors;
    }
}
