using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Protocol;

/// <summary>The JSON shape of the protocol: camelCase names, absent nulls, LSP header framing; a missing required property or a null where none is allowed is a parameter error.</summary>
public static class LspJson
{
    /// <summary>Makes a formatter that writes and reads the protocol's JSON.</summary>
    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.RespectNullableAnnotations = true;
        formatter.JsonSerializerOptions.RespectRequiredConstructorParameters = true;
        return formatter;
    }
}
