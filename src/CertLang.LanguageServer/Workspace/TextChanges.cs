using CertLang.LanguageServer.Protocol;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Workspace;

/// <summary>Applies LSP content changes to a document's text.</summary>
internal static class TextChanges
{
    /// <summary>The text after <paramref name="change"/>: its range replaced, or the whole text when it has none.</summary>
    public static SourceText Apply(SourceText text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return SourceText.From(change.Text, text.Path);
        }

        var start = text.GetPosition(Positions.ToLinePosition(change.Range.Start));
        var end = Math.Max(start, text.GetPosition(Positions.ToLinePosition(change.Range.End)));
        var whole = text.ToString();
        return SourceText.From(string.Concat(whole.AsSpan(0, start), change.Text, whole.AsSpan(end)), text.Path);
    }
}
