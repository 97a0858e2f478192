using CertLang.Planning.Text;

namespace CertLang.Planning.Documentation;

/// <summary>Pack texts made safe for Markdown (CommonMark with GitHub tables): nothing a pack says can become markup.</summary>
internal static class MarkdownText
{
    private const string Punctuation = "\\`*[]<>~#!&";
    private const string LineStarts = "-+=";

    /// <summary>
    /// Plain text inside a line: Markdown punctuation escaped (except an underscore inside a word, which never marks
    /// emphasis, so that <c>self_declaration</c> stays readable), line breaks made spaces.
    /// </summary>
    public static string Escape(string text) => MarkdownEscaping.Escape(text, Punctuation);

    /// <summary>Plain text that begins a line: escaped, and a start that would open a list or a heading (<c>- </c>, <c>1. </c>, <c>=</c>) escaped too.</summary>
    public static string Paragraph(string text)
    {
        var escaped = Escape(text);
        var digits = escaped.TakeWhile(char.IsAsciiDigit).Count();
        if (digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')')
        {
            return $"{escaped[..digits]}\\{escaped[digits..]}";
        }

        return escaped.Length > 0 && LineStarts.Contains(escaped[0], StringComparison.Ordinal) ? "\\" + escaped : escaped;
    }

    /// <summary>A code span, fenced with more backticks than the text holds in a row.</summary>
    public static string Code(string text) => MarkdownEscaping.CodeSpan(text);

    /// <summary>The content of a table cell: every <c>|</c>, in code spans too, escaped so that it cannot end the cell.</summary>
    public static string Cell(string markdown) => markdown.Replace("|", "\\|", StringComparison.Ordinal);
}
