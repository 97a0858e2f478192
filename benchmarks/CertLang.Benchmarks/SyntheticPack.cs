using CertLang.TestSupport;

namespace CertLang.Benchmarks;

/// <summary>Makes large packs from the example pack: its files, plus renamed copies of its regime files.</summary>
public static class SyntheticPack
{
    /// <summary>The example files, with <paramref name="copies"/> − 1 extra copies of each regime file (regimes renamed).</summary>
    public static IEnumerable<(string Path, string Text)> Files(int copies)
    {
        foreach (var file in RepositoryPaths.ExampleFiles())
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file));
            yield return (file, text);
            if (!file.StartsWith("markets/", StringComparison.Ordinal))
            {
                continue;
            }

            for (var copy = 1; copy < copies; copy++)
            {
                var renamed = text.Replace("regime CCC ", $"regime CCC_{copy} ", StringComparison.Ordinal)
                                  .Replace("regime LVD ", $"regime LVD_{copy} ", StringComparison.Ordinal);
                yield return ($"copies/{copy}/{file}", renamed);
            }
        }
    }
}
