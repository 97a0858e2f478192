namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>DidChangeWatchedFilesParams</c>, of <c>workspace/didChangeWatchedFiles</c>.</summary>
public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);
