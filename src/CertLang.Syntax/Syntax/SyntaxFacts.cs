namespace CertLang.Syntax;

/// <summary>Facts about kinds: which are keywords, and how keywords and punctuation are written.</summary>
public static class SyntaxFacts
{
    /// <summary>Whether the kind is a keyword token.</summary>
    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.PackKeyword and <= SyntaxKind.FalseKeyword;

    /// <summary>The fixed text of a keyword or punctuation token, or null for names, literals and end of file.</summary>
    public static string? GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.OpenParenToken => "(",
        SyntaxKind.CloseParenToken => ")",
        SyntaxKind.CommaToken => ",",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.DotDotToken => "..",
        SyntaxKind.EqualsEqualsToken => "==",
        SyntaxKind.EqualsToken => "=",
        SyntaxKind.ExclamationEqualsToken => "!=",
        SyntaxKind.LessThanToken => "<",
        SyntaxKind.LessThanEqualsToken => "<=",
        SyntaxKind.GreaterThanToken => ">",
        SyntaxKind.GreaterThanEqualsToken => ">=",
        _ when IsKeyword(kind) => KeywordText(kind),
        _ => null,
    };

    private static string KeywordText(SyntaxKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..^"Keyword".Length];
    }
}
