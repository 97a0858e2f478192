using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Configuration;

/// <summary>
/// A <c>// certlang-disable-next-line CODE… [-- reason]</c> comment: it suppresses the codes it names on the line after
/// its own. Codes are separated by spaces or commas; the reason after <c>--</c> is optional.
/// </summary>
/// <param name="Span">The comment.</param>
/// <param name="Line">The zero-based line the comment is on.</param>
/// <param name="Codes">Each word before the reason, with its span.</param>
public sealed partial record SuppressionComment(TextSpan Span, int Line, ImmutableArray<(string Code, TextSpan Span)> Codes)
{
    /// <summary>The word that starts a suppression comment, after <c>//</c>.</summary>
    public const string Directive = "certlang-disable-next-line";

    /// <summary>Every suppression comment of <paramref name="tree"/>, in source order.</summary>
    public static ImmutableArray<SuppressionComment> In(SyntaxTree tree) =>
        [.. tree.Root.DescendantTokens()
            .SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia))
            .Where(trivia => trivia.Kind == SyntaxKind.SingleLineCommentTrivia)
            .Select(trivia => Parse(tree.Text, trivia.Span, trivia.Text))
            .OfType<SuppressionComment>()];

    private static SuppressionComment? Parse(SourceText source, TextSpan span, string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var codes = match.Groups["code"].Captures
            .Select(capture => (capture.Value, new TextSpan(span.Start + capture.Index, capture.Length)))
            .ToImmutableArray();
        return new SuppressionComment(span, source.GetLineIndex(span.Start), codes);
    }

    /// <summary><c>//</c>, the directive, then words up to an optional <c>--</c> and the reason.</summary>
    [GeneratedRegex(@"^//\s*certlang-disable-next-line(?=\s|,|$)(?:[\s,]+(?!--)(?<code>[^\s,]+))*[\s,]*(?:--.*)?$")]
    private static partial Regex Shape();
}
