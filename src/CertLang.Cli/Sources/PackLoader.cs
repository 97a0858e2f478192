using CertLang.Cli.Output;
using CertLang.Packs.Model;
using CertLang.Packs.Serialization;
using CertLang.Packs.Signing;

namespace CertLang.Cli.Sources;

/// <summary>
/// The one way certc reads a pack: a built pack file (<c>.json</c>, its format, hash and content validated, and its
/// signature verified when keys are trusted) or a folder of <c>.cert</c> sources compiled on the spot. A bad pack file
/// or key is bad input (exit 3); sources with errors give no pack.
/// </summary>
internal static class PackLoader
{
    /// <summary>
    /// Loads the pack at <paramref name="path"/>, with the diagnostics of its sources (none for a pack file) under its
    /// <c>certlang.json</c>, infos shown in text when <paramref name="verbose"/>. With <paramref name="trustedKeyFiles"/>,
    /// the path must be a pack file signed by one of those public keys.
    /// </summary>
    public static LoadedPack Load(string path, IReadOnlyList<string> trustedKeyFiles, bool verbose = false)
    {
        if (trustedKeyFiles.Count > 0 || (File.Exists(path) && NamesPackFile(path)))
        {
            return new LoadedPack(ReadPackFile(path, trustedKeyFiles), DiagnosticReport.Empty);
        }

        var sources = PackSources.Compile(path);
        var report = DiagnosticReport.Of(sources, verbose);
        if (sources.HasErrors)
        {
            return new LoadedPack(null, report);
        }

        return new LoadedPack(sources.BuildPack(), report);
    }

    /// <summary>Whether <paramref name="path"/> names a built pack file (<c>.json</c>) rather than sources.</summary>
    public static bool NamesPackFile(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(path);

    private static RulePack ReadPackFile(string path, IReadOnlyList<string> trustedKeyFiles)
    {
        var trusted = trustedKeyFiles.Select(ReadTrustedKey).ToList();
        try
        {
            var pack = RulePackJson.Read(InputFile.ReadAllText(path));
            if (trusted.Count > 0)
            {
                PackSignatures.Verify(pack, trusted);
            }

            return pack;
        }
        catch (RulePackException e)
        {
            throw new UserInputException($"cannot use the pack '{path}': {e.Message}");
        }
        finally
        {
            trusted.ForEach(key => key.Dispose());
        }
    }

    private static TrustedKey ReadTrustedKey(string path)
    {
        try
        {
            return TrustedKey.FromPem(InputFile.ReadAllText(path));
        }
        catch (PackKeyException e)
        {
            throw new UserInputException($"cannot use the trusted key '{path}': {e.Message}");
        }
    }
}
