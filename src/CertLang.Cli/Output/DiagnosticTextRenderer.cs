using CertLang.Syntax.Diagnostics;
using Spectre.Console;

namespace CertLang.Cli.Output;

/// <summary>
/// Writes diagnostics as compilers do: the MSBuild canonical line that editors and CI problem matchers parse, then
/// the source line and a caret under the span; a summary line ends the output. In colour, the severity word and the
/// caret line take the colour of the severity; without colour, no escape code is written.
/// </summary>
internal static class DiagnosticTextRenderer
{
    private const int MaxShownLineLength = 160;

    private static readonly AnsiCapabilities Colours = new() { Ansi = true, ColorSystem = ColorSystem.Standard };
    private static readonly AnsiCapabilities NoColours = new() { Ansi = false, ColorSystem = ColorSystem.NoColors };
    private static readonly Style ErrorStyle = new(Color.Red);
    private static readonly Style WarningStyle = new(Color.Yellow);
    private static readonly Style InfoStyle = new(Color.Blue);

    /// <summary>Writes each diagnostic, then the summary.</summary>
    public static void Render(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount, bool colour)
    {
        var output = new AnsiWriter(writer, colour ? Colours : NoColours);
        foreach (var diagnostic in diagnostics)
        {
            var style = StyleOf(diagnostic.Severity);
            WriteCanonicalLine(output, diagnostic, style);
            WriteSourceLine(output, diagnostic, style);
        }

        output.WriteLine(Summary(diagnostics, fileCount));
    }

    /// <summary><c>path(line,column): error CERT0005: message</c>, one-based.</summary>
    private static void WriteCanonicalLine(AnsiWriter output, Diagnostic diagnostic, Style style) =>
        output.Write($"{diagnostic.Source.Path}({diagnostic.LineSpan.Start}): ")
            .Write(SeverityName.Of(diagnostic.Severity), style)
            .WriteLine($" {diagnostic.Code}: {diagnostic.Message}");

    /// <summary><c>2 errors, 1 warning in 14 files</c>.</summary>
    private static string Summary(IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        var counts = $"{Count(errors, "error")}, {Count(warnings, "warning")}";
        if (infos > 0)
        {
            counts += $", {Count(infos, "message")}";
        }

        return $"{counts} in {Count(fileCount, "file")}";
    }

    private static void WriteSourceLine(AnsiWriter output, Diagnostic diagnostic, Style style)
    {
        var source = diagnostic.Source;
        if (source.Length == 0)
        {
            return;
        }

        var start = diagnostic.LineSpan.Start;
        var line = source.GetLineSpan(start.Line, includeLineBreak: false);
        var column = start.Character;
        var first = Math.Max(line.Start, line.Start + column - MaxShownLineLength / 2);
        var last = Math.Min(line.End, first + MaxShownLineLength);
        var shown = source.ToString(Syntax.Text.TextSpan.FromBounds(first, last));
        var caretOffset = line.Start + column - first;
        var caretLength = Math.Clamp(Math.Min(diagnostic.Span.End, last) - (line.Start + column), 1, Math.Max(1, shown.Length - caretOffset));

        var printable = string.Concat(shown.Select(c => char.IsControl(c) && c != '\t' ? ' ' : c));
        var padding = string.Concat(printable.Take(caretOffset).Select(c => c == '\t' ? '\t' : ' '));
        output.WriteLine(printable);
        output.Write(padding).WriteLine("^" + new string('~', caretLength - 1), style);
    }

    private static Style StyleOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ErrorStyle,
        DiagnosticSeverity.Warning => WarningStyle,
        _ => InfoStyle,
    };

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
