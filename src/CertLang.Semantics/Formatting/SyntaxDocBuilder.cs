using System.Diagnostics;
using CertLang.Syntax;

namespace CertLang.Semantics.Formatting;

/// <summary>
/// Builds the <see cref="Doc"/> of a syntax tree in the canonical style: one item (declaration, clause, step, entry)
/// per line, the items of a block indented by two spaces, one space between the tokens of a line, every comment kept.
/// </summary>
/// <remarks>
/// The document of a node starts with its first token: the gap before that token (its comments and line breaks) is
/// laid out by whoever puts the node in place, as a gap between items or between two tokens of one item.
/// </remarks>
internal sealed partial class SyntaxDocBuilder
{
    private const int IndentSize = 2;

    private readonly Dictionary<SyntaxToken, TriviaGap> _gaps = [];

    private SyntaxDocBuilder(CompilationUnitSyntax root)
    {
        SyntaxToken? previous = null;
        foreach (var token in root.DescendantTokens())
        {
            _gaps.Add(token, TriviaGap.Between(previous, token));
            previous = token;
        }
    }

    /// <summary>The document of a file that has no syntax errors.</summary>
    public static Doc Build(CompilationUnitSyntax root)
    {
        var builder = new SyntaxDocBuilder(root);
        return builder.Items(root.Declarations, root.EndOfFile, builder.Declaration, indent: 0);
    }

    /// <summary>A token, or the tokens of a node, that starts with <see cref="First"/> and is laid out as <see cref="Doc"/>.</summary>
    private readonly record struct Piece(SyntaxToken First, Doc Doc);

    private TriviaGap GapBefore(SyntaxToken token) => _gaps[token];

    private Doc Inline(SyntaxToken next, Separator separator) => GapLayout.Inline(GapBefore(next), separator);

    /// <summary>The items of a block or of the file, one per line, and the <c>}</c> or end of file that closes them.</summary>
    private Doc Items<T>(IReadOnlyList<T> items, SyntaxToken close, Func<T, Doc> layout, int indent)
        where T : SyntaxNode
    {
        var inner = new List<Doc>();
        for (var i = 0; i < items.Count; i++)
        {
            var gap = GapLayout.Vertical(GapBefore(items[i].FirstToken), opensBlock: i == 0, closesBlock: false, endsFile: false);
            inner.Add(gap.Comments);
            inner.Add(gap.Break);
            inner.Add(layout(items[i]));
        }

        var closing = GapLayout.Vertical(GapBefore(close), opensBlock: items.Count == 0, closesBlock: true, endsFile: close.Kind == SyntaxKind.EndOfFileToken);
        inner.Add(closing.Comments);
        return Doc.Concat(Doc.Nest(indent, Doc.Concat(inner)), closing.Break, Doc.Text(close.Text));
    }

    /// <summary><c>HEAD {</c>, the items indented on their own lines, <c>}</c>.</summary>
    private Doc Block<T>(IEnumerable<Piece?> head, SyntaxToken open, IReadOnlyList<T> items, SyntaxToken close, Func<T, Doc> layout)
        where T : SyntaxNode
    {
        var header = Doc.Concat(Spaced(head), Inline(open, Separator.BeforeBrace), Doc.Text(open.Text));
        return Doc.Concat(Doc.Nest(IndentSize, header), Items(items, close, layout, IndentSize));
    }

    /// <summary>An item on one line; lines the author continued it on are indented.</summary>
    private Doc Clause(params IEnumerable<Piece?> pieces) => Doc.Nest(IndentSize, Spaced(pieces));

    /// <summary>The pieces that are present, with a space (or the author's line break) between them.</summary>
    private Doc Spaced(params IEnumerable<Piece?> pieces)
    {
        var parts = new List<Doc>();
        foreach (var piece in pieces)
        {
            if (piece is not { } present)
            {
                continue;
            }

            if (parts.Count > 0)
            {
                parts.Add(Inline(present.First, Separator.Space));
            }

            parts.Add(present.Doc);
        }

        return Doc.Concat(parts);
    }

    private Piece PieceOf(SyntaxElement element) => new(element as SyntaxToken ?? ((SyntaxNode)element).FirstToken, Element(element));

    private Piece? OptionalPiece(SyntaxElement? element) => element is null ? null : PieceOf(element);

    /// <summary><c>a, b, c</c>: lines the author continued the list on start under its first element.</summary>
    private Piece? CommaList<T>(SeparatedSyntaxList<T> list)
        where T : SyntaxElement
    {
        if (list.Count == 0)
        {
            return null;
        }

        var first = PieceOf(list[0]);
        var parts = new List<Doc> { first.Doc };
        for (var i = 1; i < list.Count; i++)
        {
            var comma = list.Separators[i - 1];
            var element = PieceOf(list[i]);
            parts.Add(Inline(comma, Separator.None));
            parts.Add(Doc.Text(comma.Text));
            parts.Add(Inline(element.First, Separator.Space));
            parts.Add(element.Doc);
        }

        return first with { Doc = Doc.Align(Doc.Concat(parts)) };
    }

    private Doc Element(SyntaxElement element) => element switch
    {
        SyntaxToken token => Doc.Text(token.Text),
        NameSyntax name => Doc.Text(name.Identifier.Text),
        TypeSyntax type => Type(type),
        HsCodeListSyntax codes => Spaced(PieceOf(codes.HsKeyword), CommaList(codes.Codes)),
        ScopeTargetSyntax target => ScopeTarget(target),
        WhereClauseSyntax whereClause => Doc.Nest(IndentSize, Spaced(PieceOf(whereClause.WhereKeyword), PieceOf(whereClause.Condition))),
        FromClauseSyntax from => Spaced(PieceOf(from.FromKeyword), PieceOf(from.Date)),
        UntilClauseSyntax until => Spaced(PieceOf(until.UntilKeyword), PieceOf(until.Date)),
        TakesClauseSyntax takes => Spaced(PieceOf(takes.TakesKeyword), PieceOf(takes.Duration), OptionalPiece(takes.When)),
        WhenClauseSyntax whenClause => Doc.Nest(IndentSize, Spaced(PieceOf(whenClause.WhenKeyword), PieceOf(whenClause.Condition))),
        AfterClauseSyntax after => Spaced(PieceOf(after.AfterKeyword), CommaList(after.Steps)),
        DurationSyntax duration => Duration(duration),
        ConditionSyntax condition => Condition(condition),
        ValueSyntax value => Value(value),
        _ => throw new UnreachableException($"{element.Kind} is laid out by its parent"),
    };
}
