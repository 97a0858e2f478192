namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>ServerCapabilities</c>: what this server offers.</summary>
public sealed record ServerCapabilities
{
    /// <summary>How documents are synchronised.</summary>
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    /// <summary>Whether hover is offered.</summary>
    public bool HoverProvider { get; init; }

    /// <summary>Pull diagnostics, when the client supports them.</summary>
    public DiagnosticOptions? DiagnosticProvider { get; init; }
}
