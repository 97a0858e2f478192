using System.Collections.Immutable;
using System.Text;
using CertLang.Syntax.Text;

namespace CertLang.Syntax;

/// <summary>A token of the source, with the trivia before it (leading) and after it on its line (trailing).</summary>
public sealed class SyntaxToken : SyntaxElement
{
    private readonly SourceText _source;
    private TextSpan _span;

    internal SyntaxToken(SyntaxKind kind, SourceText source, TextSpan span, bool isMissing)
        : base(kind)
    {
        _source = source;
        _span = span;
        IsMissing = isMissing;
    }

    /// <summary>Whether the parser made up this token, zero-wide, because the source lacks it.</summary>
    public bool IsMissing { get; }

    /// <summary>The trivia before the token.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; private set; } = [];

    /// <summary>The trivia after the token, up to and including the end of its line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; private set; } = [];

    /// <inheritdoc />
    public override TextSpan Span => _span;

    /// <inheritdoc />
    public override TextSpan FullSpan => TextSpan.FromBounds(
        LeadingTrivia.IsEmpty ? _span.Start : LeadingTrivia[0].Span.Start,
        TrailingTrivia.IsEmpty ? _span.End : TrailingTrivia[^1].Span.End);

    /// <summary>The token's text, without trivia; empty for a missing token.</summary>
    public string Text => _source.ToString(_span);

    /// <inheritdoc />
    public override string ToString() => Text;

    internal void SetTrivia(ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing)
    {
        LeadingTrivia = leading;
        TrailingTrivia = trailing;
    }

    internal void MoveMissingTo(int position) => _span = new TextSpan(position, 0);

    internal void WriteTo(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia)
        {
            builder.Append(_source.AsSpan(trivia.Span));
        }

        builder.Append(_source.AsSpan(_span));
        foreach (var trivia in TrailingTrivia)
        {
            builder.Append(_source.AsSpan(trivia.Span));
        }
    }
}
