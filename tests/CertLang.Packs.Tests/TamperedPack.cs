using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CertLang.Packs.Serialization;
using CertLang.TestSupport;

namespace CertLang.Packs.Tests;

/// <summary>
/// The example pack changed as an attacker would: its JSON mutated, then its hash recomputed, so that only validation
/// can tell the pack from one the compiler built.
/// </summary>
internal static class TamperedPack
{
    private static readonly string ExampleJson = RulePackJson.Write(PackCompiler.BuildExamples());

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = PackLimits.MaxJsonDepth,
    };

    /// <summary>The example pack's JSON after <paramref name="mutate"/>, with a hash that matches its content (when it still parses).</summary>
    public static string Of(Action<JsonObject> mutate)
    {
        var root = JsonNode.Parse(ExampleJson)!.AsObject();
        mutate(root);
        var json = root.ToJsonString(Indented);
        try
        {
            root["hash"] = RulePackJson.HashOf(RulePackJson.Parse(json));
        }
        catch (RulePackException)
        {
            return json;
        }

        return root.ToJsonString(Indented);
    }

    /// <summary>The regime called <paramref name="name"/> in the pack's JSON.</summary>
    public static JsonObject Regime(JsonObject root, string name) =>
        root["regimes"]!.AsArray().Single(r => (string)r!["name"]! == name)!.AsObject();

    /// <summary>The index of the regime called <paramref name="name"/>.</summary>
    public static int IndexOf(string name) =>
        JsonNode.Parse(ExampleJson)!["regimes"]!.AsArray().Select((r, i) => (r, i)).Single(p => (string)p.r!["name"]! == name).i;
}
