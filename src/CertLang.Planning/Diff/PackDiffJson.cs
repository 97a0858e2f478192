using System.Text.Encodings.Web;
using System.Text.Json;

namespace CertLang.Planning.Diff;

/// <summary>Writes a pack diff as JSON: the records' properties in camelCase and in declaration order; dates as <c>YYYY-MM-DD</c>.</summary>
public static class PackDiffJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON of <paramref name="diff"/>, with a final line break.</summary>
    public static string Write(PackDiff diff) => JsonSerializer.Serialize(diff, Options) + "\n";
}
