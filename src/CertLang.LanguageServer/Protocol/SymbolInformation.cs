namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>WorkspaceSymbolParams</c>, of <c>workspace/symbol</c>.</summary>
public sealed record WorkspaceSymbolParams(string Query);

/// <summary>LSP <c>SymbolInformation</c>: a symbol found by <c>workspace/symbol</c>, with the name of the symbol that contains it.</summary>
public sealed record SymbolInformation(string Name, SymbolKind Kind, Location Location, string? ContainerName = null);
