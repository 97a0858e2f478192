namespace CertLang.Semantics.Formatting;

/// <summary>The layout of the comments between two items and of the line break before the second.</summary>
/// <param name="Comments">The comments, each on its line or after the previous token.</param>
/// <param name="Break">What comes right before the next item: a line break, a blank line, a space or nothing.</param>
internal readonly record struct VerticalGap(Doc Comments, Doc Break);

/// <summary>
/// Lays out a <see cref="TriviaGap"/>: every comment is kept where it was relative to the tokens and lines around it,
/// a trailing comment after one space, a comment on its own line on a line of its own.
/// </summary>
internal static class GapLayout
{
    /// <summary>The gap between two tokens of one item: the separator, or the author's line break, and the comments.</summary>
    public static Doc Inline(TriviaGap gap, Separator separator)
    {
        if (gap.Comments.IsEmpty)
        {
            return gap.LineBreaksAfter > 0 && separator.KeepsLineBreak ? Doc.Line : Doc.Text(new string(' ', separator.Spaces));
        }

        var parts = new List<Doc>();
        foreach (var comment in gap.Comments)
        {
            parts.Add(comment.LineBreaksBefore > 0 ? Doc.Line : Doc.Space);
            parts.Add(Doc.Text(comment.Text));
        }

        parts.Add(gap.LineBreaksAfter > 0 ? Doc.Line : Doc.Space);
        return Doc.Concat(parts);
    }

    /// <summary>
    /// The gap before an item of a block or a file, or before the <c>}</c> or end of file that closes it. Blank lines
    /// are kept, at most one, except at the start and at the end of the block or file.
    /// </summary>
    public static VerticalGap Vertical(TriviaGap gap, bool opensBlock, bool closesBlock, bool endsFile)
    {
        var parts = new List<Doc>();
        var lineHasContent = !gap.StartsFile;
        var ownLineCommentWritten = false;
        foreach (var comment in gap.Comments)
        {
            if (lineHasContent && comment.LineBreaksBefore == 0)
            {
                parts.Add(Doc.Space);
            }
            else
            {
                if (lineHasContent)
                {
                    // No blank line right after '{' (or at the start of the file): only below something on a line of its own.
                    parts.Add(Breaks(comment.LineBreaksBefore, blankAllowed: ownLineCommentWritten || !opensBlock));
                }

                ownLineCommentWritten = true;
            }

            parts.Add(Doc.Text(comment.Text));
            lineHasContent = true;
        }

        return new VerticalGap(Doc.Concat(parts), FinalBreak(gap, lineHasContent, ownLineCommentWritten, opensBlock, closesBlock, endsFile));
    }

    private static Doc FinalBreak(TriviaGap gap, bool lineHasContent, bool ownLineCommentWritten, bool opensBlock, bool closesBlock, bool endsFile)
    {
        if (!lineHasContent)
        {
            return Doc.Empty; // the start of an empty file
        }

        if (ownLineCommentWritten && gap.LineBreaksAfter == 0 && !endsFile)
        {
            return Doc.Space; // `/* note */ item`: the item stays on the comment's line
        }

        if (opensBlock && closesBlock && gap.Comments.IsEmpty)
        {
            return Doc.Empty; // an empty block: `{}`
        }

        return Breaks(gap.LineBreaksAfter, blankAllowed: (ownLineCommentWritten || !opensBlock) && !closesBlock);
    }

    private static Doc Breaks(int lineBreaks, bool blankAllowed) => lineBreaks >= 2 && blankAllowed ? Doc.BlankLine : Doc.Line;
}
