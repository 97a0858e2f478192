using System.Text.RegularExpressions;

namespace CertLang.TestSupport;

/// <summary>
/// Makes large, valid packs from the example pack: its files, plus copies of its market files in which every regime is
/// renamed (and every reference to it), so that a copy declares nothing twice.
/// </summary>
public static partial class SyntheticPack
{
    /// <summary>The example files, with <paramref name="copies"/> − 1 extra copies of each market file (regimes renamed per copy).</summary>
    public static IEnumerable<(string Path, string Text)> Files(int copies)
    {
        var files = RepositoryPaths.ExampleFiles()
            .Select(file => (Path: file, Text: File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file))))
            .ToList();
        var regimes = files.Where(f => IsMarketFile(f.Path))
            .SelectMany(f => RegimeDeclaration().Matches(f.Text).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var regimeName = new Regex(@"\b(" + string.Join('|', regimes.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        foreach (var file in files)
        {
            yield return file;
            if (!IsMarketFile(file.Path))
            {
                continue;
            }

            for (var copy = 1; copy < copies; copy++)
            {
                var suffix = "_" + copy;
                yield return ($"copies/{copy}/{file.Path}", regimeName.Replace(file.Text, m => m.Value + suffix));
            }
        }
    }

    /// <summary>The number of lines of the pack <see cref="Files"/> makes.</summary>
    public static int Lines(int copies) => Files(copies).Sum(f => f.Text.Count(c => c == '\n'));

    private static bool IsMarketFile(string path) => path.StartsWith("markets/", StringComparison.Ordinal);

    [GeneratedRegex(@"^regime (?<name>[A-Za-z_][A-Za-z0-9_]*) in ", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex RegimeDeclaration();
}
