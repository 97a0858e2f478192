using CertLang.Semantics;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Sources;

/// <summary>Finds and parses the <c>.cert</c> files of a pack folder (or a single file).</summary>
internal static class PackSources
{
    /// <summary>Parses and compiles the pack at <paramref name="path"/> (a folder, or a single <c>.cert</c> file).</summary>
    public static PackCompilation Compile(string path)
    {
        var trees = Parse(path);
        var full = Path.GetFullPath(path);
        var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        return new PackCompilation(Compilation.Create(trees), root, trees.Count);
    }

    /// <summary>Parses every <c>.cert</c> file under <paramref name="path"/>, in a stable order (ordinal by path).</summary>
    public static IReadOnlyList<SyntaxTree> Parse(string path)
    {
        var texts = FindFiles(path).Select(Read).ToArray();
        var trees = new SyntaxTree[texts.Length];
        Parallel.For(0, texts.Length, i => trees[i] = SyntaxTree.Parse(texts[i]));
        return trees;
    }

    /// <summary>The <c>.cert</c> files at <paramref name="path"/>: the file itself, or every <c>.cert</c> file under the folder, as display paths in ordinal order.</summary>
    public static List<string> FindFiles(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new UserInputException($"'{path}' is neither a folder of .cert files nor a .cert file");
        }

        var files = Directory.EnumerateFiles(path, "*.cert", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
            .Select(file => DisplayPath.Of(file))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static SourceText Read(string file) => SourceText.From(InputFile.ReadAllBytes(file), file);
}
