using System.Text.Json.Serialization;

namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentContentChangeEvent</c>: <see cref="Range"/> replaced by <see cref="Text"/> (lone surrogates kept), or the whole text when the range is null.</summary>
public sealed record TextDocumentContentChangeEvent([property: JsonConverter(typeof(Utf16TextConverter))] string Text, Range? Range = null);
