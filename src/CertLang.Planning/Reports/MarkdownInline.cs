using CertLang.Planning.Text;

namespace CertLang.Planning.Reports;

/// <summary>Plan texts made safe for GitHub Markdown, in a line or a table cell: on one line, no pipe ending a cell, nothing becoming markup.</summary>
internal static class MarkdownInline
{
    private const string Punctuation = "\\`*[]<>~&|";

    /// <summary>Plain text: Markdown punctuation and pipes escaped, an underscore escaped unless inside a word, line breaks made spaces.</summary>
    public static string Text(string text) => MarkdownEscaping.Escape(text, Punctuation);

    /// <summary>A code span: fenced by more backticks than it holds in a row, pipes escaped (GitHub unescapes them inside code too).</summary>
    public static string Code(string text) => MarkdownEscaping.CodeSpan(text.Replace("|", "\\|", StringComparison.Ordinal));

    /// <summary>A table row of cells already made safe.</summary>
    public static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells)} |";
}
