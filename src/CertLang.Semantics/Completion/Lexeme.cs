using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Completion;

/// <summary>A token as completion reads the text: kind, text, span and line; skipped tokens included, so that half-typed lines count.</summary>
internal readonly record struct Lexeme(SyntaxKind Kind, string Text, TextSpan Span, int Line)
{
    private static readonly Dictionary<string, SyntaxKind> FixedTexts = Enum.GetValues<SyntaxKind>()
        .Where(kind => SyntaxFacts.GetText(kind) is not null)
        .ToDictionary(kind => SyntaxFacts.GetText(kind)!, StringComparer.Ordinal);

    /// <summary>Whether this is a name: an identifier, or a keyword or unit word written where a name may stand.</summary>
    public bool IsWord => Text.Length > 0 && (char.IsLetter(Text[0]) || Text[0] == '_');

    /// <summary>Every lexeme of <paramref name="tree"/> that ends at or before <paramref name="position"/>, in order.</summary>
    public static List<Lexeme> Before(SyntaxTree tree, int position)
    {
        var lexemes = new List<Lexeme>();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia).Where(t => t.Kind == SyntaxKind.SkippedTokenTrivia && t.Span.End <= position))
            {
                lexemes.Add(new Lexeme(Classify(trivia.Text), trivia.Text, trivia.Span, tree.Text.GetLineIndex(trivia.Span.Start)));
            }

            if (token.Span.Start >= position)
            {
                break;
            }

            if (!token.IsMissing && token.Span.End <= position && token.Kind != SyntaxKind.EndOfFileToken)
            {
                lexemes.Add(new Lexeme(token.Kind, token.Text, token.Span, tree.Text.GetLineIndex(token.Span.Start)));
            }
        }

        lexemes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return lexemes;
    }

    private static SyntaxKind Classify(string text) =>
        FixedTexts.TryGetValue(text, out var kind) ? kind
        : text.Length > 0 && char.IsDigit(text[0]) ? SyntaxKind.NumberToken
        : SyntaxKind.IdentifierToken;
}
