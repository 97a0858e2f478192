namespace CertLang.Cli.Output;

/// <summary>The one place where every verb prints its diagnostics, in the format the user chose.</summary>
internal static class DiagnosticOutput
{
    /// <summary>Writes <paramref name="report"/> to standard output, coloured only on a terminal that wants colour.</summary>
    public static void WriteToStandardOutput(DiagnosticFormat format, DiagnosticReport report) =>
        Write(Console.Out, format, report, TerminalColour.IsWantedOnStandardOutput());

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>; <paramref name="colour"/> adds ANSI colours to text.</summary>
    public static void Write(TextWriter writer, DiagnosticFormat format, DiagnosticReport report, bool colour)
    {
        switch (format)
        {
            case DiagnosticFormat.Text:
                DiagnosticTextRenderer.Render(writer, report.Diagnostics, report.FileCount, report.ShowInfos, colour);
                break;
            case DiagnosticFormat.Json:
                DiagnosticJsonRenderer.Render(writer, report.Diagnostics);
                break;
            case DiagnosticFormat.Sarif:
                SarifRenderer.Render(writer, report.Diagnostics, report.Catalogue);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown diagnostic format");
        }
    }
}
