using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Protocol;

/// <summary>The JSON shape of the protocol: camelCase names, absent nulls, LSP header framing.</summary>
public static class LspJson
{
    /// <summary>Makes a message handler that reads LSP messages from <paramref name="input"/> and writes them to <paramref name="output"/>.</summary>
    public static HeaderDelimitedMessageHandler CreateMessageHandler(Stream output, Stream input)
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return new HeaderDelimitedMessageHandler(output, input, formatter);
    }
}
