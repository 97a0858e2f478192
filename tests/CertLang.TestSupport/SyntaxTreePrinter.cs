using System.Text;
using CertLang.Syntax;

namespace CertLang.TestSupport;

/// <summary>Prints a syntax tree as an indented outline of nodes, tokens and trivia kinds, for snapshots.</summary>
public static class SyntaxTreePrinter
{
    /// <summary>One line per node and token: kinds, spans, token texts, missing tokens, and trivia kinds.</summary>
    public static string Print(SyntaxNode root)
    {
        var builder = new StringBuilder();
        Print(builder, root, 0);
        return builder.ToString();
    }

    private static void Print(StringBuilder builder, SyntaxElement element, int depth)
    {
        builder.Append(' ', depth * 2);
        if (element is SyntaxToken token)
        {
            builder.Append(token.Kind).Append(' ').Append(token.Span);
            builder.Append(token.IsMissing ? " <missing>" : $" '{token.Text}'");
            foreach (var trivia in token.LeadingTrivia.Where(t => t.Kind != SyntaxKind.WhitespaceTrivia))
            {
                builder.Append(" L:").Append(trivia.Kind);
            }

            foreach (var trivia in token.TrailingTrivia.Where(t => t.Kind != SyntaxKind.WhitespaceTrivia))
            {
                builder.Append(" T:").Append(trivia.Kind);
            }

            builder.AppendLine();
            return;
        }

        var node = (SyntaxNode)element;
        builder.Append(node.Kind).Append(' ').Append(node.Span).AppendLine();
        foreach (var child in node.Children)
        {
            Print(builder, child, depth + 1);
        }
    }
}
