namespace CertLang.LanguageServer.Workspace;

/// <summary>Converts between <c>file://</c> URIs, as the protocol names documents, and local paths.</summary>
internal static class DocumentUris
{
    /// <summary>The local path of a <c>file://</c> URI, or null for another scheme.</summary>
    public static string? ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;

    /// <summary>The <c>file://</c> URI of a local path.</summary>
    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
