using CertLang.LanguageServer.Protocol;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Workspace;

/// <summary>Builds protocol workspace edits from replacements of spans in trees.</summary>
internal static class WorkspaceEdits
{
    /// <summary>The workspace edit that makes <paramref name="edits"/>, grouped by document.</summary>
    public static WorkspaceEdit Of(IEnumerable<(SyntaxTree Tree, TextSpan Span, string NewText)> edits) =>
        new(edits.GroupBy(e => e.Tree.FilePath, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<TextEdit>)[.. g.Select(e => new TextEdit(Locations.RangeOf(e.Tree.Text, e.Span), e.NewText))],
            StringComparer.Ordinal));
}
