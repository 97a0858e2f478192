using System.Collections.Immutable;
using System.Diagnostics;
using CertLang.Syntax;

namespace CertLang.Semantics.Formatting;

/// <summary>A comment between two tokens, and the number of line breaks between it and what precedes it.</summary>
internal readonly record struct GapComment(string Text, int LineBreaksBefore);

/// <summary>
/// What the source has between a token and the one before it, as far as the layout cares: the comments, and the line
/// breaks around them. Whitespace is not kept; the formatter decides it.
/// </summary>
/// <param name="Comments">The comments, in source order.</param>
/// <param name="LineBreaksAfter">The line breaks between the last comment (or the previous token) and the token.</param>
/// <param name="StartsFile">Whether no token comes before.</param>
internal sealed record TriviaGap(ImmutableArray<GapComment> Comments, int LineBreaksAfter, bool StartsFile)
{
    /// <summary>Whether the gap holds a blank line, which the layout keeps between items.</summary>
    public bool HasBlankLine => LineBreaksAfter >= 2 || Comments.Any(comment => comment.LineBreaksBefore >= 2);

    /// <summary>The gap between <paramref name="previous"/> (null at the start of the file) and <paramref name="next"/>.</summary>
    public static TriviaGap Between(SyntaxToken? previous, SyntaxToken next)
    {
        var comments = ImmutableArray.CreateBuilder<GapComment>();
        var lineBreaks = 0;
        foreach (var trivia in (previous?.TrailingTrivia ?? []).Concat(next.LeadingTrivia))
        {
            switch (trivia.Kind)
            {
                case SyntaxKind.WhitespaceTrivia:
                    break;
                case SyntaxKind.EndOfLineTrivia:
                    lineBreaks++;
                    break;
                case SyntaxKind.SingleLineCommentTrivia or SyntaxKind.DocumentationCommentTrivia or SyntaxKind.MultiLineCommentTrivia:
                    comments.Add(new GapComment(trivia.Text, lineBreaks));
                    lineBreaks = 0;
                    break;
                default:
                    throw new UnreachableException($"{trivia.Kind} in a tree without syntax errors");
            }
        }

        return new TriviaGap(comments.ToImmutable(), lineBreaks, previous is null);
    }
}
