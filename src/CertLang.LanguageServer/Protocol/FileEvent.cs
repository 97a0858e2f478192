namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>FileEvent</c>: a watched file that was created, changed or deleted.</summary>
public sealed record FileEvent(string Uri, FileChangeType Type);

/// <summary>LSP <c>FileChangeType</c>.</summary>
public enum FileChangeType
{
    /// <summary>The file was created.</summary>
    Created = 1,

    /// <summary>The file was changed.</summary>
    Changed = 2,

    /// <summary>The file was deleted.</summary>
    Deleted = 3,
}
