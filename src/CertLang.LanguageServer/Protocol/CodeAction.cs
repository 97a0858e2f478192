namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>CodeActionParams</c>, of <c>textDocument/codeAction</c>.</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

/// <summary>LSP <c>CodeActionContext</c>: the diagnostics the client shows in the range, and the kinds it wants.</summary>
public sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string>? Only = null);

/// <summary>LSP <c>CodeAction</c>: a quick fix with its edit.</summary>
public sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic> Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

/// <summary>LSP <c>CodeActionOptions</c>.</summary>
public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
