namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>DocumentDiagnosticParams</c>, of <c>textDocument/diagnostic</c>.</summary>
public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? PreviousResultId = null);

/// <summary>LSP <c>FullDocumentDiagnosticReport</c> (<see cref="Kind"/> <c>full</c>) or <c>UnchangedDocumentDiagnosticReport</c> (<c>unchanged</c>, no items).</summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, IReadOnlyList<Diagnostic>? Items = null);

/// <summary>LSP <c>DiagnosticOptions</c>: pull diagnostics of one document at a time.</summary>
public sealed record DiagnosticOptions(bool InterFileDependencies, bool WorkspaceDiagnostics);
