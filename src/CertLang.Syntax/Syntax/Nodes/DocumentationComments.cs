namespace CertLang.Syntax;

/// <summary>Reads the <c>///</c> lines that directly precede a token.</summary>
internal static class DocumentationComments
{
    /// <summary>The doc comment lines right above <paramref name="token"/>, joined by line breaks.</summary>
    public static string Read(SyntaxToken token)
    {
        var lines = new List<string>();
        var trivia = token.LeadingTrivia;
        var blankLines = 0;
        for (var i = trivia.Length - 1; i >= 0; i--)
        {
            switch (trivia[i].Kind)
            {
                case SyntaxKind.WhitespaceTrivia:
                    continue;
                case SyntaxKind.EndOfLineTrivia:
                    if (++blankLines > 1)
                    {
                        return Join(lines);
                    }

                    continue;
                case SyntaxKind.DocumentationCommentTrivia:
                    blankLines = 0;
                    lines.Add(trivia[i].Text[3..].Trim());
                    continue;
                default:
                    return Join(lines);
            }
        }

        return Join(lines);
    }

    private static string Join(List<string> lines)
    {
        lines.Reverse();
        return string.Join("\n", lines);
    }
}
