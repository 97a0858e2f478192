using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Diagnostics;

/// <summary><c>textDocument/diagnostic</c>: the diagnostics of one document, for clients that pull them.</summary>
internal sealed class PullDiagnosticsHandler(RequestRunner runner) : ILanguageFeature
{
    /// <summary>Whether a client with <paramref name="client"/> pulls diagnostics (<c>textDocument/diagnostic</c>) instead of being pushed them.</summary>
    public static bool ClientPulls(ClientCapabilities client) => client.TextDocument?.Diagnostic is not null;

    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        ClientPulls(client) ? capabilities with { DiagnosticProvider = new DiagnosticOptions(InterFileDependencies: true, WorkspaceDiagnostics: false) } : capabilities;

    /// <summary>The document's diagnostics, or <c>unchanged</c> when the workspace has not changed since <c>previousResultId</c>.</summary>
    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentDiagnosticReport> DiagnosticAsync(DocumentDiagnosticParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) =>
        {
            var resultId = document.Workspace.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return request.PreviousResultId == resultId
                ? new DocumentDiagnosticReport("unchanged", resultId, null)
                : new DocumentDiagnosticReport("full", resultId, [.. DiagnosticConverter.ByUri(document.Compilation)[document.Uri]]);
        }, cancellationToken);
}
