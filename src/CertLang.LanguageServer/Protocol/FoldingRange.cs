namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>FoldingRangeParams</c>, of <c>textDocument/foldingRange</c>.</summary>
public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP <c>FoldingRange</c>: the lines from <see cref="StartLine"/> to <see cref="EndLine"/> fold into the first; <see cref="Kind"/> is null for a block.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);

/// <summary>LSP <c>FoldingRangeKind</c> values.</summary>
public static class FoldingRangeKind
{
    /// <summary>A run of comments.</summary>
    public const string Comment = "comment";
}
