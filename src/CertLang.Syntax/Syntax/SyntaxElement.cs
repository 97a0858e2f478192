using System.Text;
using CertLang.Syntax.Text;

namespace CertLang.Syntax;

/// <summary>A node or a token of a syntax tree.</summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement(SyntaxKind kind) => Kind = kind;

    /// <summary>What the element is.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The node that contains this element; null for the root.</summary>
    public SyntaxNode? Parent { get; internal set; }

    /// <summary>Where the element is, without the leading trivia of its first token and the trailing trivia of its last.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>Where the element is, trivia included.</summary>
    public abstract TextSpan FullSpan { get; }

    /// <summary>The nodes that contain this element, nearest first.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>The tokens of this element in source order (just itself for a token).</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        var stack = new Stack<SyntaxElement>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case SyntaxToken token:
                    yield return token;
                    break;
                case SyntaxNode node:
                    for (var i = node.Children.Count - 1; i >= 0; i--)
                    {
                        stack.Push(node.Children[i]);
                    }

                    break;
            }
        }
    }

    /// <summary>The exact source text of the element: every token with all of its trivia.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder();
        foreach (var token in DescendantTokens())
        {
            token.WriteTo(builder);
        }

        return builder.ToString();
    }
}
