using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;
using Spectre.Console;

namespace CertLang.Cli.Output;

/// <summary>
/// Writes diagnostics as compilers do: the MSBuild canonical line that editors and CI problem matchers parse, then
/// the source line and a caret under the span; a summary line ends the output. In colour, the severity word and the
/// caret line take the colour of the severity; without colour, no escape code is written. Infos are only counted
/// unless they are to be shown.
/// </summary>
internal static class DiagnosticTextRenderer
{
    /// <summary>How many characters of a source line are echoed at most, around the caret.</summary>
    private const int ShownColumns = 120;

    private const string Ellipsis = "…";

    private static readonly AnsiCapabilities Colours = new() { Ansi = true, ColorSystem = ColorSystem.Standard };
    private static readonly AnsiCapabilities NoColours = new() { Ansi = false, ColorSystem = ColorSystem.NoColors };
    private static readonly Style ErrorStyle = new(Color.Red);
    private static readonly Style WarningStyle = new(Color.Yellow);
    private static readonly Style InfoStyle = new(Color.Blue);

    /// <summary>Writes each diagnostic (infos only when <paramref name="showInfos"/>), then the summary.</summary>
    public static void Render(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount, bool showInfos, bool colour)
    {
        var output = new AnsiWriter(writer, colour ? Colours : NoColours);
        foreach (var diagnostic in diagnostics.Where(d => showInfos || d.Severity != DiagnosticSeverity.Info))
        {
            var style = StyleOf(diagnostic.Severity);
            WriteCanonicalLine(output, diagnostic, style);
            WriteSourceLine(output, diagnostic, style);
        }

        output.WriteLine(Summary(diagnostics, fileCount, showInfos));
    }

    /// <summary><c>path(line,column): error CERT0005: message</c>, one-based; control characters in the path escaped.</summary>
    private static void WriteCanonicalLine(AnsiWriter output, Diagnostic diagnostic, Style style) =>
        output.Write($"{DisplayText.Visible(diagnostic.Source.Path)}({diagnostic.LineSpan.Start}): ")
            .Write(SeverityName.Of(diagnostic.Severity), style)
            .WriteLine($" {diagnostic.Code}: {diagnostic.Message}");

    /// <summary><c>2 errors, 1 warning, 3 infos in 14 files</c>, or with infos hidden <c>2 errors, 1 warning in 14 files; 3 infos hidden, -v shows them</c>.</summary>
    private static string Summary(IReadOnlyList<Diagnostic> diagnostics, int fileCount, bool showInfos)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        var counts = $"{Count(errors, "error")}, {Count(warnings, "warning")}";
        if (infos > 0 && showInfos)
        {
            counts += $", {Count(infos, "info")}";
        }

        var hidden = infos > 0 && !showInfos ? $"; {Count(infos, "info")} hidden, -v shows {(infos == 1 ? "it" : "them")}" : "";
        return $"{counts} in {Count(fileCount, "file")}{hidden}";
    }

    /// <summary>
    /// The source line, or a window of <see cref="ShownColumns"/> characters of it around the caret with "…" where it is
    /// cut, control characters escaped (<see cref="DisplayText.Visible"/>); then the caret under the span.
    /// </summary>
    private static void WriteSourceLine(AnsiWriter output, Diagnostic diagnostic, Style style)
    {
        var source = diagnostic.Source;
        if (source.Length == 0)
        {
            return;
        }

        var line = source.GetLineSpan(diagnostic.LineSpan.Start.Line, includeLineBreak: false);
        var caret = line.Start + diagnostic.LineSpan.Start.Character;
        var last = Math.Min(line.End, caret + ShownColumns / 2);
        var first = Math.Max(line.Start, last - ShownColumns);
        last = Math.Min(line.End, first + ShownColumns);
        first = StartOfCharacter(source, first, line.Start);
        last = StartOfCharacter(source, last, line.Start);

        var markedEnd = Math.Clamp(diagnostic.Span.End, caret, last);
        var before = DisplayText.Visible(source.ToString(TextSpan.FromBounds(first, caret)));
        var marked = DisplayText.Visible(source.ToString(TextSpan.FromBounds(caret, markedEnd)));
        var after = DisplayText.Visible(source.ToString(TextSpan.FromBounds(markedEnd, last)));
        var cutBefore = first > line.Start ? Ellipsis : "";
        var cutAfter = last < line.End ? Ellipsis : "";

        output.WriteLine(cutBefore + before + marked + after + cutAfter);
        var padding = string.Concat((cutBefore + before).Select(c => c == '\t' ? '\t' : ' '));
        output.Write(padding).WriteLine("^" + new string('~', Math.Max(1, marked.Length) - 1), style);
    }

    /// <summary><paramref name="position"/>, or the one before when it would split a surrogate pair.</summary>
    private static int StartOfCharacter(SourceText source, int position, int lineStart) =>
        position > lineStart && position < source.Length && char.IsLowSurrogate(source[position]) ? position - 1 : position;

    private static Style StyleOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ErrorStyle,
        DiagnosticSeverity.Warning => WarningStyle,
        _ => InfoStyle,
    };

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
