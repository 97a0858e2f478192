using CertLang.LanguageServer.Protocol;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Workspace;

/// <summary>Applies LSP content changes to a document's text.</summary>
internal static class TextChanges
{
    /// <summary>
    /// The text after <paramref name="change"/>: its range replaced, or the whole text when it has none. A position past the end
    /// of its line means the end of that line, a line past the end of the text the end of the text; a negative position or a
    /// range that ends before it starts is refused (<see cref="InvalidOperationException"/>), so that no edit lands where the
    /// client did not mean it.
    /// </summary>
    public static SourceText Apply(SourceText text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is not { } range)
        {
            return SourceText.From(change.Text, text.Path);
        }

        if (range.Start.Line < 0 || range.Start.Character < 0 || range.End.Line < 0 || range.End.Character < 0)
        {
            throw new InvalidOperationException($"a change's range {Describe(range)} has a negative position");
        }

        var start = OffsetOf(text, range.Start);
        var end = OffsetOf(text, range.End);
        if (end < start)
        {
            throw new InvalidOperationException($"a change's range {Describe(range)} ends before it starts");
        }

        var whole = text.ToString();
        return SourceText.From(string.Concat(whole.AsSpan(0, start), change.Text, whole.AsSpan(end)), text.Path);
    }

    private static int OffsetOf(SourceText text, Position position) =>
        position.Line >= text.LineStarts.Count ? text.Length : text.GetPosition(Positions.ToLinePosition(position));

    private static string Describe(Protocol.Range range) => $"{range.Start.Line}:{range.Start.Character}-{range.End.Line}:{range.End.Character}";
}
