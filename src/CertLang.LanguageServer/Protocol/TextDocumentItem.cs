using System.Text.Json.Serialization;

namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentItem</c>: an opened document with its full text (lone surrogates kept).</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, [property: JsonConverter(typeof(Utf16TextConverter))] string Text);
