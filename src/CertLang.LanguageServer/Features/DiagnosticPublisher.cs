using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;

namespace CertLang.LanguageServer.Features;

/// <summary>Remembers what was last published for each document and says which documents' diagnostics changed.</summary>
internal sealed class DiagnosticPublisher
{
    private readonly Dictionary<string, IReadOnlyList<Protocol.Diagnostic>> _published = new(StringComparer.Ordinal);

    /// <summary>The notifications to send after the workspace became <paramref name="workspace"/>: one per document whose diagnostics changed, closed documents cleared.</summary>
    public IReadOnlyList<PublishDiagnosticsParams> Update(DocumentWorkspace workspace)
    {
        var byPath = workspace.Compilation.GetDiagnostics().ToLookup(d => d.Source.Path, StringComparer.Ordinal);
        var current = workspace.Documents.Keys.ToDictionary(
            uri => uri, uri => (IReadOnlyList<Protocol.Diagnostic>)[.. byPath[uri].Select(DiagnosticConverter.Convert)], StringComparer.Ordinal);
        var notifications = _published.Keys.Where(uri => !current.ContainsKey(uri))
            .Select(uri => new PublishDiagnosticsParams(uri, []))
            .Concat(current.Where(d => !_published.TryGetValue(d.Key, out var old) || !old.SequenceEqual(d.Value))
                .Select(d => new PublishDiagnosticsParams(d.Key, d.Value)))
            .ToList();
        _published.Clear();
        foreach (var (uri, diagnostics) in current)
        {
            _published[uri] = diagnostics;
        }

        return notifications;
    }
}
