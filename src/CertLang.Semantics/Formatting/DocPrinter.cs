using System.Text;

namespace CertLang.Semantics.Formatting;

/// <summary>Lays out a <see cref="Doc"/> as text. Indentation is written only before text, so no line ends in spaces.</summary>
internal static class DocPrinter
{
    /// <summary>The text of <paramref name="document"/>, with <paramref name="newLine"/> for each line break.</summary>
    public static string Print(Doc document, string newLine)
    {
        var output = new StringBuilder();
        var column = 0;
        int? pendingIndent = 0;
        var stack = new Stack<(int Indent, Doc Doc)>();
        stack.Push((0, document));
        while (stack.TryPop(out var frame))
        {
            switch (frame.Doc)
            {
                case TextDoc { Value.Length: 0 }:
                    // Nothing to write, and no indentation for a line that may stay empty.
                    break;
                case TextDoc text:
                    if (pendingIndent is { } indent)
                    {
                        output.Append(' ', indent);
                        column = indent;
                        pendingIndent = null;
                    }

                    output.Append(text.Value);
                    column = ColumnAfter(text.Value, column);
                    break;
                case LineDoc:
                    output.Append(newLine);
                    pendingIndent = frame.Indent;
                    break;
                case NestDoc nest:
                    stack.Push((frame.Indent + nest.Indent, nest.Content));
                    break;
                case AlignDoc align:
                    stack.Push((pendingIndent ?? column, align.Content));
                    break;
                case ConcatDoc concat:
                    for (var i = concat.Parts.Length - 1; i >= 0; i--)
                    {
                        stack.Push((frame.Indent, concat.Parts[i]));
                    }

                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>The column after <paramref name="text"/>; a block comment may span lines.</summary>
    private static int ColumnAfter(string text, int column)
    {
        var lastBreak = text.AsSpan().LastIndexOfAny('\r', '\n');
        return lastBreak < 0 ? column + text.Length : text.Length - lastBreak - 1;
    }
}
