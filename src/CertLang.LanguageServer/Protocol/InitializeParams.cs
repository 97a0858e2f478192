namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>InitializeParams</c>, of <c>initialize</c> (the parts this server reads).</summary>
public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri = null,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders = null,
    ClientCapabilities? Capabilities = null,
    string? Trace = null);
