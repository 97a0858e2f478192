using System.Text;

namespace CertLang.Planning.Reports;

/// <summary>Plan texts made safe for GitHub Markdown, in a line or a table cell: on one line, no pipe ending a cell, nothing becoming markup.</summary>
internal static class MarkdownInline
{
    private const string Punctuation = "\\`*[]<>~&|";

    /// <summary>Plain text: Markdown punctuation and pipes escaped, an underscore escaped unless inside a word, line breaks made spaces.</summary>
    public static string Text(string text)
    {
        var line = OneLine(text);
        var escaped = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var insideWord = i > 0 && i < line.Length - 1 && char.IsLetterOrDigit(line[i - 1]) && char.IsLetterOrDigit(line[i + 1]);
            if (Punctuation.Contains(c) || (c == '_' && !insideWord))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A code span: fenced by more backticks than it holds in a row, pipes escaped (GitHub unescapes them inside code too).</summary>
    public static string Code(string text)
    {
        var line = OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = new string('`', LongestBacktickRun(line) + 1);
        var padding = line.StartsWith('`') || line.EndsWith('`') ? " " : "";
        return $"{fence}{padding}{line}{padding}{fence}";
    }

    /// <summary>A table row of cells already made safe.</summary>
    public static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells)} |";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static int LongestBacktickRun(string text)
    {
        var (longest, run) = (0, 0);
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
