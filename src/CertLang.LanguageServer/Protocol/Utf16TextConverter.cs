using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertLang.LanguageServer.Protocol;

/// <summary>
/// Reads a document's text from a JSON string as the UTF-16 text it escapes, lone surrogates (<c>\ud800</c>) included:
/// System.Text.Json refuses them, but an editor's document may hold one, and refusing the edit would leave the server's copy
/// of the document different from the editor's.
/// </summary>
internal sealed class Utf16TextConverter : JsonConverter<string>
{
    /// <inheritdoc />
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a string");
        }

        if (!reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }

        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        return Unescape(raw);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>The text that the escaped UTF-8 JSON string content <paramref name="raw"/> stands for.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        while (!raw.IsEmpty)
        {
            var backslash = raw.IndexOf((byte)'\\');
            var plain = backslash < 0 ? raw : raw[..backslash];
            text.Append(Encoding.UTF8.GetString(plain));
            if (backslash < 0)
            {
                break;
            }

            raw = raw[backslash..];
            if (raw[1] == 'u')
            {
                text.Append((char)int.Parse(Encoding.ASCII.GetString(raw.Slice(2, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                raw = raw[6..];
                continue;
            }

            text.Append(raw[1] switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                var other => (char)other,
            });
            raw = raw[2..];
        }

        return text.ToString();
    }
}
