namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>RenameParams</c>, of <c>textDocument/rename</c>.</summary>
public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

/// <summary>LSP <c>PrepareRenameResult</c> (the range-and-placeholder form).</summary>
public sealed record PrepareRenameResult(Range Range, string Placeholder);

/// <summary>LSP <c>RenameOptions</c>.</summary>
public sealed record RenameOptions(bool PrepareProvider);

/// <summary>LSP <c>WorkspaceEdit</c> (the <c>changes</c> form): edits by document URI.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);
