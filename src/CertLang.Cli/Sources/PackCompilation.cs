using CertLang.Semantics;

namespace CertLang.Cli.Sources;

/// <summary>A compiled pack folder: the compilation, the folder its files are under, and how many files it read.</summary>
internal sealed record PackCompilation(Compilation Compilation, string Root, int FileCount)
{
    /// <summary>The path of a file of the pack relative to its folder, with forward slashes, as rule packs record it.</summary>
    public string RelativePath(string filePath) => Path.GetRelativePath(Root, Path.GetFullPath(filePath)).Replace('\\', '/');
}
