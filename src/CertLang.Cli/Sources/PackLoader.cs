using CertLang.Cli.Output;
using CertLang.Packs.Building;
using CertLang.Packs.Model;
using CertLang.Packs.Serialization;

namespace CertLang.Cli.Sources;

/// <summary>
/// The one way certc reads a pack: a built pack file (<c>.json</c>, its format and hash verified) or a folder of
/// <c>.cert</c> sources compiled on the spot. A bad pack file is bad input (exit 3); sources with errors give no pack.
/// </summary>
internal static class PackLoader
{
    /// <summary>Loads the pack at <paramref name="path"/>, with the diagnostics of its sources (none for a pack file).</summary>
    public static LoadedPack Load(string path)
    {
        if (File.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new LoadedPack(ReadPackFile(path), new DiagnosticReport([], 0, DiagnosticCatalogue.All));
        }

        var sources = PackSources.Compile(path);
        var report = new DiagnosticReport(sources.Compilation.GetDiagnostics(), sources.FileCount, DiagnosticCatalogue.All);
        if (report.HasErrors)
        {
            return new LoadedPack(null, report);
        }

        var pack = RulePackBuilder.Build(sources.Compilation, sources.RelativePath);
        return new LoadedPack(pack with { Hash = RulePackJson.HashOf(pack) }, report);
    }

    private static RulePack ReadPackFile(string path)
    {
        var json = InputFile.ReadAllText(path);
        try
        {
            return RulePackJson.Read(json);
        }
        catch (RulePackException e)
        {
            throw new UserInputException($"cannot use the pack '{path}': {e.Message}");
        }
    }
}
