using Antlr4.Runtime;
using CertLang.Syntax.Generated;

namespace CertLang.Syntax.Parsing;

/// <summary>Maps the generated lexer's token types to syntax kinds.</summary>
internal static class TokenKinds
{
    private static readonly SyntaxKind[] KindByType = BuildTable();

    /// <summary>The syntax kind of a token of the default channel.</summary>
    public static SyntaxKind Of(IToken token) =>
        token.Type == CertLangLexer.EQUALS && token.Text == "=" ? SyntaxKind.EqualsToken : Of(token.Type);

    /// <summary>The syntax kind of a token type of the default channel.</summary>
    public static SyntaxKind Of(int tokenType) =>
        tokenType == TokenConstants.EOF ? SyntaxKind.EndOfFileToken : KindByType[tokenType];

    /// <summary>The trivia kind of a token that is not part of the tree.</summary>
    public static SyntaxKind TriviaOf(int tokenType) => tokenType switch
    {
        CertLangLexer.WHITESPACE => SyntaxKind.WhitespaceTrivia,
        CertLangLexer.NEWLINE => SyntaxKind.EndOfLineTrivia,
        CertLangLexer.LINE_COMMENT => SyntaxKind.SingleLineCommentTrivia,
        CertLangLexer.DOC_COMMENT => SyntaxKind.DocumentationCommentTrivia,
        CertLangLexer.BLOCK_COMMENT => SyntaxKind.MultiLineCommentTrivia,
        CertLangLexer.BAD_CHARACTERS or CertLangLexer.BAD_CHARACTER => SyntaxKind.BadCharactersTrivia,
        _ => SyntaxKind.SkippedTokenTrivia,
    };

    /// <summary>Whether a hidden token may end a line's trailing trivia (whitespace and comments, not bad characters).</summary>
    public static bool IsTrailingTrivia(int tokenType) => tokenType is CertLangLexer.WHITESPACE or CertLangLexer.NEWLINE
        or CertLangLexer.LINE_COMMENT or CertLangLexer.DOC_COMMENT or CertLangLexer.BLOCK_COMMENT;

    private static SyntaxKind[] BuildTable()
    {
        var table = new SyntaxKind[CertLangLexer.BAD_CHARACTER + 1];
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            if (kind != SyntaxKind.EqualsToken && SyntaxFacts.GetText(kind) is { } text)
            {
                for (var type = 1; type < table.Length; type++)
                {
                    if (CertLangLexer.DefaultVocabulary.GetLiteralName(type) == $"'{text}'")
                    {
                        table[type] = kind;
                    }
                }
            }
        }

        table[CertLangLexer.UNIT] = SyntaxKind.UnitToken;
        table[CertLangLexer.IDENTIFIER] = SyntaxKind.IdentifierToken;
        table[CertLangLexer.NUMBER] = SyntaxKind.NumberToken;
        table[CertLangLexer.DOTTED_NUMBER] = SyntaxKind.DottedNumberToken;
        table[CertLangLexer.STRING] = SyntaxKind.StringToken;
        table[CertLangLexer.DATE] = SyntaxKind.DateToken;
        return table;
    }
}
