using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CertLang.Packs.Model;
using CertLang.Syntax.Text;

namespace CertLang.Packs.Serialization;

/// <summary>
/// Writes and reads rule packs as JSON. Writing is deterministic (same model, same bytes); the hash is the SHA-256 of
/// the canonical JSON of the pack with an empty hash, so any change to the content changes it.
/// </summary>
public static class RulePackJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(), new CalendarDurationJson(), new DurationRangeJson() },
        MaxDepth = PackLimits.MaxJsonDepth,
        AllowDuplicateProperties = false,
    };

    /// <summary>The pack's JSON, hash filled in, with a final line break.</summary>
    public static string Write(RulePack pack)
    {
        var hashed = pack with { Hash = HashOf(pack) };
        return JsonSerializer.Serialize(hashed, Options) + "\n";
    }

    /// <summary>The hash of the pack's content: <c>sha256:</c> and 64 hex digits.</summary>
    public static string HashOf(RulePack pack) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(CanonicalContent(pack)));

    /// <summary>The bytes the hash and a signature cover: the pack's JSON with an empty hash and no signature.</summary>
    public static byte[] CanonicalContent(RulePack pack) => JsonSerializer.SerializeToUtf8Bytes(pack with { Hash = "", Signature = null }, Options);

    /// <summary>
    /// Reads a pack and verifies its format, its hash and that it holds what the compiler guarantees (<see cref="RulePackValidator"/>);
    /// throws <see cref="RulePackException"/> naming the problem otherwise.
    /// </summary>
    public static RulePack Read(string json)
    {
        var pack = Parse(json);
        var actual = HashOf(pack);
        if (!string.Equals(actual, pack.Hash, StringComparison.Ordinal))
        {
            throw new RulePackException($"the pack's content does not match its hash ({DisplayText.Safe(pack.Hash)}); it was changed after it was built: rebuild it with 'certc build'");
        }

        RulePackValidator.Validate(pack);
        return pack;
    }

    /// <summary>The pack in <paramref name="json"/>, of the current format, with its hash and content not yet checked.</summary>
    internal static RulePack Parse(string json)
    {
        RulePack? pack;
        try
        {
            pack = JsonSerializer.Deserialize<RulePack>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new RulePackException($"not a valid rule pack{where}: {Describe(e)}");
        }

        if (pack is null)
        {
            throw new RulePackException("not a valid rule pack: the file holds 'null'");
        }

        if (pack.Format != RulePack.CurrentFormat)
        {
            throw new RulePackException($"unsupported pack format '{DisplayText.Safe(pack.Format)}'; this certc reads '{RulePack.CurrentFormat}': rebuild the pack with 'certc build'");
        }

        return pack;
    }

    private static string Describe(JsonException e)
    {
        var message = e.Message;
        if (message.StartsWith("Duplicate", StringComparison.Ordinal))
        {
            return $"{DisplayText.Safe(e.Path ?? "$")}: a field appears twice in one object (readers could take either value)";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
