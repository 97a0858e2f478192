using CertLang.LanguageServer.Protocol;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Features.Folding;

/// <summary>
/// The folding ranges of a document: each <c>{ … }</c> block over more than one line (from the line of <c>{</c> to the line
/// before a <c>}</c> that starts its line, so that the <c>}</c> stays visible), each block comment over more than one line,
/// and each run of two or more lines holding only a <c>//</c> comment, or only a <c>///</c> doc comment.
/// </summary>
internal static class FoldingRanges
{
    /// <summary>The folding ranges of <paramref name="tree"/>, by start line.</summary>
    public static IReadOnlyList<FoldingRange> Compute(SyntaxTree tree) =>
        [.. Blocks(tree).Concat(Comments(tree)).OrderBy(range => range.StartLine).ThenBy(range => range.EndLine)];

    private static IEnumerable<FoldingRange> Blocks(SyntaxTree tree)
    {
        var text = tree.Text;
        foreach (var node in tree.Root.DescendantNodes())
        {
            var open = node.Children.OfType<SyntaxToken>().FirstOrDefault(t => t.Kind == SyntaxKind.OpenBraceToken && !t.IsMissing);
            var close = node.Children.OfType<SyntaxToken>().FirstOrDefault(t => t.Kind == SyntaxKind.CloseBraceToken && !t.IsMissing);
            if (open is null || close is null)
            {
                continue;
            }

            var startLine = text.GetLineIndex(open.Span.Start);
            var closeLine = text.GetLineIndex(close.Span.Start);
            var endLine = StartsItsLine(text, close.Span.Start) ? closeLine - 1 : closeLine;
            if (endLine > startLine)
            {
                yield return new FoldingRange(startLine, endLine, null);
            }
        }
    }

    private static List<FoldingRange> Comments(SyntaxTree tree)
    {
        var text = tree.Text;
        var ranges = new List<FoldingRange>();
        (int Start, int End, SyntaxKind Kind)? run = null;
        foreach (var trivia in tree.Root.DescendantTokens().SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia)))
        {
            if (trivia.Kind == SyntaxKind.MultiLineCommentTrivia)
            {
                AddRun(ranges, run);
                run = null;
                AddRun(ranges, (text.GetLineIndex(trivia.Span.Start), text.GetLineIndex(trivia.Span.End), trivia.Kind));
                continue;
            }

            if (trivia.Kind is not (SyntaxKind.SingleLineCommentTrivia or SyntaxKind.DocumentationCommentTrivia) || !StartsItsLine(text, trivia.Span.Start))
            {
                continue;
            }

            var line = text.GetLineIndex(trivia.Span.Start);
            if (run is { } current && current.Kind == trivia.Kind && current.End == line - 1)
            {
                run = current with { End = line };
            }
            else
            {
                AddRun(ranges, run);
                run = (line, line, trivia.Kind);
            }
        }

        AddRun(ranges, run);
        return ranges;
    }

    private static void AddRun(List<FoldingRange> ranges, (int Start, int End, SyntaxKind Kind)? run)
    {
        if (run is { } lines && lines.End > lines.Start)
        {
            ranges.Add(new FoldingRange(lines.Start, lines.End, FoldingRangeKind.Comment));
        }
    }

    /// <summary>Whether only whitespace precedes <paramref name="position"/> on its line.</summary>
    private static bool StartsItsLine(SourceText text, int position)
    {
        for (var i = text.LineStarts[text.GetLineIndex(position)]; i < position; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
