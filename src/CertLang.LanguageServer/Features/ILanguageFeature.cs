using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Features;

/// <summary>A handler of requests or notifications that declares, in the answer to <c>initialize</c>, what it offers the client.</summary>
internal interface ILanguageFeature
{
    /// <summary><paramref name="capabilities"/> with this feature's part filled in, as offered to a client that supports <paramref name="client"/>.</summary>
    ServerCapabilities Declare(ServerCapabilities capabilities, ClientCapabilities client);
}
