namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentSyncKind</c>: how the client sends document changes.</summary>
public enum TextDocumentSyncKind
{
    /// <summary>Not at all.</summary>
    None = 0,

    /// <summary>The whole text each time.</summary>
    Full = 1,

    /// <summary>Only the edited ranges.</summary>
    Incremental = 2,
}
