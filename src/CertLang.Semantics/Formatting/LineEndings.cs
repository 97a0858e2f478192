using CertLang.Syntax;

namespace CertLang.Semantics.Formatting;

/// <summary>Which line break a formatted file uses.</summary>
internal static class LineEndings
{
    /// <summary>
    /// <c>\r\n</c> when most of the file's line breaks are <c>\r\n</c>, else <c>\n</c>. Line breaks inside block
    /// comments do not count: they are the comment's own text, which the formatter never changes.
    /// </summary>
    public static string Dominant(CompilationUnitSyntax root)
    {
        var crLf = 0;
        var other = 0;
        foreach (var token in root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind == SyntaxKind.EndOfLineTrivia)
                {
                    _ = trivia.Text == "\r\n" ? crLf++ : other++;
                }
            }
        }

        return crLf > other ? "\r\n" : "\n";
    }
}
