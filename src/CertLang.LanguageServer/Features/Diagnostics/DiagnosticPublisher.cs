using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;

namespace CertLang.LanguageServer.Features.Diagnostics;

/// <summary>Remembers what was last published for each open document and says which documents' diagnostics changed.</summary>
internal sealed class DiagnosticPublisher
{
    private readonly Dictionary<string, IReadOnlyList<Protocol.Diagnostic>> _published = new(StringComparer.Ordinal);

    /// <summary>The notifications to send after the workspace became <paramref name="workspace"/>: one per open document whose diagnostics changed, closed or deleted documents cleared.</summary>
    public IReadOnlyList<PublishDiagnosticsParams> Update(DocumentWorkspace workspace)
    {
        var byUri = DiagnosticConverter.ByUri(workspace.Compilation);
        var current = workspace.OpenUris.ToDictionary(uri => uri, uri => (IReadOnlyList<Protocol.Diagnostic>)[.. byUri[uri]], StringComparer.Ordinal);
        var notifications = _published.Keys.Where(uri => !current.ContainsKey(uri))
            .Order(StringComparer.Ordinal)
            .Select(uri => new PublishDiagnosticsParams(uri, []))
            .Concat(current.Where(d => !_published.TryGetValue(d.Key, out var old) || !old.SequenceEqual(d.Value))
                .OrderBy(d => d.Key, StringComparer.Ordinal)
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
