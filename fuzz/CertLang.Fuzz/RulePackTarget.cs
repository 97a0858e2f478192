using System.Reflection;
using System.Text.Json;
using CertLang.Packs.Model;
using CertLang.Packs.Serialization;

namespace CertLang.Fuzz;

/// <summary>
/// Fuzz target <c>pack</c>: rule-pack JSON goes to the real loader, which must load it or throw
/// <see cref="RulePackException"/>; a loaded pack is then evaluated, tested and planned. The input's hash is first
/// recomputed, as a tamperer would, so that mutations reach past the hash check into the pack's content.
/// </summary>
public static class RulePackTarget
{
    /// <summary>The loader's own serializer options, so that the hash is recomputed exactly as the loader checks it.</summary>
    private static readonly JsonSerializerOptions LoaderOptions = (JsonSerializerOptions)typeof(RulePackJson)
        .GetField("Options", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>Runs the target on one input; any exception but <see cref="RulePackException"/> from the loader is a crash.</summary>
    public static void Run(byte[] input)
    {
        RulePack pack;
        try
        {
            pack = RulePackJson.Read(Resealed(FuzzInput.Text(input)));
        }
        catch (RulePackException)
        {
            return;
        }

        PackExercise.Run(pack);
    }

    /// <summary>The JSON with its hash recomputed when it deserialises as a pack; as it is otherwise (the loader then refuses it).</summary>
    private static string Resealed(string json)
    {
        RulePack? pack;
        try
        {
            pack = JsonSerializer.Deserialize<RulePack>(json, LoaderOptions);
        }
        catch (JsonException)
        {
            return json;
        }

        return pack is null ? json : RulePackJson.Write(pack);
    }
}
