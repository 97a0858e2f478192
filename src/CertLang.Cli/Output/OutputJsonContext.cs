using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertLang.Cli.Output;

/// <summary>Source-generated serialization of certc's JSON output; properties keep their declaration order.</summary>
[JsonSerializable(typeof(List<JsonDiagnostic>))]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class OutputJsonContext : JsonSerializerContext
{
    /// <summary>Indented camelCase JSON with quotes and non-ASCII text left unescaped.</summary>
    public static OutputJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
