using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Output;

/// <summary>
/// Writes diagnostics as compilers do: the MSBuild canonical line that editors and CI problem matchers parse, then
/// the source line and a caret under the span; a summary line ends the output.
/// </summary>
internal static class DiagnosticTextRenderer
{
    private const int MaxShownLineLength = 160;

    /// <summary>Writes each diagnostic, then the summary.</summary>
    public static void Render(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(CanonicalLine(diagnostic));
            WriteSourceLine(writer, diagnostic);
        }

        writer.WriteLine(Summary(diagnostics, fileCount));
    }

    /// <summary><c>path(line,column): error CERT0005: message</c>, one-based.</summary>
    public static string CanonicalLine(Diagnostic diagnostic) =>
        $"{diagnostic.Source.Path}({diagnostic.LineSpan.Start}): {SeverityWord(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}";

    /// <summary><c>2 errors, 1 warning in 14 files</c>.</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int fileCount)
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

    private static void WriteSourceLine(TextWriter writer, Diagnostic diagnostic)
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
        writer.WriteLine(printable);
        writer.WriteLine(padding + "^" + new string('~', caretLength - 1));
    }

    private static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
