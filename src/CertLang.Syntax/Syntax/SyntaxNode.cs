using CertLang.Syntax.Text;

namespace CertLang.Syntax;

/// <summary>An immutable node of a syntax tree: a construct of the language and the tokens and nodes it is made of.</summary>
public abstract class SyntaxNode : SyntaxElement
{
    [ThreadStatic]
    private static List<SyntaxElement>? s_childrenScratch;

    private protected SyntaxNode(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind)
    {
        var scratch = s_childrenScratch ??= [];
        scratch.Clear();
        foreach (var child in children)
        {
            Add(scratch, child);
        }

        var array = scratch.ToArray();
        foreach (var child in array)
        {
            child.Parent = this;
        }

        Children = array;
    }

    /// <summary>The nodes and tokens of this node, in source order.</summary>
    public IReadOnlyList<SyntaxElement> Children { get; }

    /// <summary>The first token of the node (it may be missing).</summary>
    public SyntaxToken FirstToken
    {
        get
        {
            SyntaxElement element = this;
            while (element is SyntaxNode node)
            {
                element = node.Children[0];
            }

            return (SyntaxToken)element;
        }
    }

    /// <summary>The last token of the node (it may be missing).</summary>
    public SyntaxToken LastToken
    {
        get
        {
            SyntaxElement element = this;
            while (element is SyntaxNode node)
            {
                element = node.Children[^1];
            }

            return (SyntaxToken)element;
        }
    }

    /// <inheritdoc />
    public override TextSpan Span
    {
        get
        {
            var start = FirstToken.Span.Start;
            return TextSpan.FromBounds(start, Math.Max(start, LastToken.Span.End));
        }
    }

    /// <inheritdoc />
    public override TextSpan FullSpan => TextSpan.FromBounds(FirstToken.FullSpan.Start, LastToken.FullSpan.End);

    /// <summary>This node's descendants (not itself), in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes()
    {
        var stack = new Stack<SyntaxNode>();
        PushChildren(stack, this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            PushChildren(stack, node);
        }
    }

    /// <summary>The innermost token whose full span contains <paramref name="position"/> (the end of file token at the end).</summary>
    public SyntaxToken FindToken(int position)
    {
        SyntaxElement element = this;
        while (element is SyntaxNode node)
        {
            element = node.Children.FirstOrDefault(c => c.FullSpan.Contains(position)) ?? node.Children[^1];
        }

        return (SyntaxToken)element;
    }

    /// <summary>The source text, without the leading trivia of the first token and the trailing trivia of the last.</summary>
    public override string ToString()
    {
        var full = ToFullString();
        return full.Substring(Span.Start - FullSpan.Start, Span.Length);
    }

    private static void PushChildren(Stack<SyntaxNode> stack, SyntaxNode node)
    {
        for (var i = node.Children.Count - 1; i >= 0; i--)
        {
            if (node.Children[i] is SyntaxNode child)
            {
                stack.Push(child);
            }
        }
    }

    private static void Add(List<SyntaxElement> list, object? child)
    {
        switch (child)
        {
            case null:
                break;
            case SyntaxElement element:
                list.Add(element);
                break;
            case ISeparatedSyntaxList separated:
                list.AddRange(separated.ElementsAndSeparators);
                break;
            case IEnumerable<SyntaxElement> elements:
                list.AddRange(elements);
                break;
            default:
                throw new ArgumentException($"{child.GetType().Name} is not a syntax element", nameof(child));
        }
    }
}
