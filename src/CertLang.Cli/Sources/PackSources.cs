using CertLang.Packs.Projects;
using CertLang.Semantics.Sources;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Sources;

/// <summary>Finds, reads and compiles the <c>.cert</c> files of a pack folder (or a single file), by the rules of <see cref="PackFolder"/>.</summary>
internal static class PackSources
{
    /// <summary>Reads and compiles the pack at <paramref name="path"/> (a folder, or a single <c>.cert</c> file), its files shown under their display paths; a folder without <c>.cert</c> files is bad input.</summary>
    public static PackProject Compile(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        var files = Read(path);
        return files.Count > 0
            ? PackProject.Compile(root, files, DisplayPath.Of)
            : throw new UserInputException($"{DisplayPath.Quoted(path)} holds no .cert files; a pack is a folder of .cert files with one 'pack' declaration");
    }

    /// <summary>
    /// The <c>.cert</c> files at <paramref name="path"/> (the file itself, or those of the folder) with display paths,
    /// in ordinal order. Links left alone are warned about on the standard error; a file or folder that cannot be read
    /// is bad input, as is a pack over the limits of <see cref="PackFolder"/>.
    /// </summary>
    public static IReadOnlyList<PackFile> Read(string path)
    {
        if (File.Exists(path))
        {
            return [new PackFile(DisplayPath.Of(path), InputFile.ReadAllBytes(path, SourceFile.MaxBytes))];
        }

        if (!Directory.Exists(path))
        {
            throw new UserInputException($"{DisplayPath.Quoted(path)} is neither a folder of .cert files nor a .cert file");
        }

        var contents = PackFolder.Read(path);
        foreach (var warning in contents.Warnings)
        {
            Console.Error.WriteLine($"certc: warning: {DisplayPath.Quoted(warning.Path)}: {warning.Message}");
        }

        var errors = contents.Errors.ToList();
        if (errors.Count > 0)
        {
            var lines = errors.Take(DisplayText.MaxListedCandidates).Select(error => $"{Environment.NewLine}  {DisplayPath.Quoted(error.Path)}: {error.Message}");
            var more = errors.Count > DisplayText.MaxListedCandidates ? $"{Environment.NewLine}  and {errors.Count - DisplayText.MaxListedCandidates} more" : "";
            throw new UserInputException($"cannot read the pack {DisplayPath.Quoted(path)}:{string.Concat(lines)}{more}");
        }

        return [.. contents.Files.Select(file => file with { Path = DisplayPath.Of(file.Path) }).OrderBy(file => file.Path, StringComparer.Ordinal)];
    }
}
