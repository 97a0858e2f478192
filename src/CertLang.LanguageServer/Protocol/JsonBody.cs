using System.Buffers;
using System.Text.Json;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Protocol;

/// <summary>Checks on a message body before and after StreamJsonRpc reads it.</summary>
internal static class JsonBody
{
    /// <summary>Whether <paramref name="body"/> is exactly one JSON value (surrounding whitespace aside).</summary>
    public static bool IsOneValue(ReadOnlySequence<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The <c>id</c> of a JSON object that is not a valid JSON-RPC message, or <see cref="RequestId.Null"/> when it has none that can be used.</summary>
    public static RequestId IdOf(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => new RequestId(id.GetString()),
                JsonValueKind.Number when id.TryGetInt64(out var number) => new RequestId(number),
                _ => RequestId.Null,
            }
            : RequestId.Null;
    }
}
