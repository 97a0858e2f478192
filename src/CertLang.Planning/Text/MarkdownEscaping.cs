using System.Text;
using CertLang.Syntax.Text;

namespace CertLang.Planning.Text;

/// <summary>
/// The Markdown escaping the pack reference and the plan report share: one line, control characters escaped, chosen
/// punctuation escaped, code spans fenced.
/// </summary>
internal static class MarkdownEscaping
{
    /// <summary>
    /// <paramref name="text"/> on one line with every character of <paramref name="punctuation"/> escaped, and an underscore
    /// escaped unless it is inside a word (where it never marks emphasis, so that <c>self_declaration</c> stays readable).
    /// </summary>
    public static string Escape(string text, string punctuation)
    {
        var line = OneLine(text);
        var escaped = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var insideWord = i > 0 && i < line.Length - 1 && char.IsLetterOrDigit(line[i - 1]) && char.IsLetterOrDigit(line[i + 1]);
            if (c == '_' ? !insideWord : punctuation.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A code span of <paramref name="text"/> on one line, fenced with more backticks than it holds in a row.</summary>
    public static string CodeSpan(string text)
    {
        var line = OneLine(text);
        var (longest, run) = (0, 0);
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var padding = line.StartsWith('`') || line.EndsWith('`') ? " " : "";
        return $"{fence}{padding}{line}{padding}{fence}";
    }

    /// <summary><paramref name="text"/> with line breaks as spaces and other control characters escaped (<c>\u001B</c>).</summary>
    private static string OneLine(string text) => DisplayText.Safe(text.ReplaceLineEndings(" "), int.MaxValue);
}
