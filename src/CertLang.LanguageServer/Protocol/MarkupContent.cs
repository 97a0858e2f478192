namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>MarkupContent</c>: text of a <see cref="Kind"/>, <c>plaintext</c> or <c>markdown</c>.</summary>
public sealed record MarkupContent(string Kind, string Value)
{
    /// <summary>Markdown text.</summary>
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
