namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>ClientCapabilities</c> (the parts this server reads).</summary>
public sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace = null, TextDocumentClientCapabilities? TextDocument = null);

/// <summary>LSP <c>WorkspaceClientCapabilities</c> (the parts this server reads).</summary>
public sealed record WorkspaceClientCapabilities(
    DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles = null,
    DiagnosticWorkspaceClientCapabilities? Diagnostics = null);

/// <summary>LSP <c>TextDocumentClientCapabilities</c> (the parts this server reads).</summary>
public sealed record TextDocumentClientCapabilities(DiagnosticClientCapabilities? Diagnostic = null);

/// <summary>LSP <c>DidChangeWatchedFilesClientCapabilities</c>.</summary>
public sealed record DidChangeWatchedFilesClientCapabilities(bool? DynamicRegistration = null);

/// <summary>LSP <c>DiagnosticWorkspaceClientCapabilities</c>: whether the client re-pulls on <c>workspace/diagnostic/refresh</c>.</summary>
public sealed record DiagnosticWorkspaceClientCapabilities(bool? RefreshSupport = null);

/// <summary>LSP <c>DiagnosticClientCapabilities</c>: present when the client pulls diagnostics.</summary>
public sealed record DiagnosticClientCapabilities(bool? DynamicRegistration = null);
