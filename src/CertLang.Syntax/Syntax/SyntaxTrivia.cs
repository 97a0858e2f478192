using CertLang.Syntax.Text;

namespace CertLang.Syntax;

/// <summary>Text attached to a token that the grammar ignores: whitespace, line breaks, comments, skipped input.</summary>
public readonly struct SyntaxTrivia
{
    private readonly SourceText _source;

    internal SyntaxTrivia(SyntaxKind kind, SourceText source, TextSpan span)
    {
        Kind = kind;
        _source = source;
        Span = span;
    }

    /// <summary>What the trivia is.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>Where the trivia is.</summary>
    public TextSpan Span { get; }

    /// <summary>The trivia's text.</summary>
    public string Text => _source.ToString(Span);

    /// <inheritdoc />
    public override string ToString() => Text;
}
