using System.Collections.Immutable;
using System.Globalization;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Sources;

/// <summary>
/// Reads the <c>.cert</c> files of a pack folder by one set of rules, for the compiler and the language server alike:
/// every sub-folder is searched (hidden ones are not), symbolic links are never followed (one out of the folder would
/// read another pack's files, one into it would read files twice or, as <c>markets/up -&gt; ..</c>, for ever; each is
/// reported once as a warning), only regular files are read, and a pack has at most <see cref="MaxFiles"/> files of at
/// most <see cref="SourceFile.MaxBytes"/> bytes each.
/// </summary>
public static class PackFolder
{
    /// <summary>The most <c>.cert</c> files one pack folder may hold.</summary>
    public const int MaxFiles = 10_000;

    /// <summary>The most bytes all <c>.cert</c> files of one pack folder may have together: 256 MiB.</summary>
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>Why a symbolic link in a pack folder is left alone.</summary>
    internal const string LinkNotFollowed = "not followed; a pack's files are read where they are, inside its folder";

    private const string Extension = ".cert";

    /// <summary>The files of the pack folder <paramref name="folder"/> and the paths that were not read.</summary>
    public static PackFolderContents Read(string folder)
    {
        var problems = new List<SourceProblem>();
        var paths = Find(folder, problems);
        var files = new List<PackFile>(paths.Count);
        var totalBytes = 0L;
        foreach (var path in paths)
        {
            try
            {
                var bytes = SourceFile.ReadAllBytes(path, followLinks: false);
                totalBytes += bytes.Length;
                files.Add(new PackFile(path, bytes));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new SourceProblem(path, SourceFile.ReasonOf(e), DiagnosticSeverity.Error));
            }

            if (totalBytes > MaxTotalBytes)
            {
                problems.Add(new SourceProblem(folder, $"more than {SourceFile.SizeName(MaxTotalBytes)} of .cert files, the most a pack may have", DiagnosticSeverity.Error));
                break;
            }
        }

        return new PackFolderContents([.. files], [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal)]);
    }

    private static bool IsSourceFileName(string name) => name.EndsWith(Extension, StringComparison.Ordinal);

    private static List<string> Find(string root, List<SourceProblem> problems)
    {
        var found = new List<string>();
        var folders = new Stack<string>([root]);
        var options = new EnumerationOptions { IgnoreInaccessible = false, RecurseSubdirectories = false };
        while (folders.TryPop(out var folder))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new SourceProblem(folder, $"a folder that cannot be read: {SourceFile.ReasonOf(e)}", DiagnosticSeverity.Error));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    if (IsSourceFileName(entry.Name) || Directory.Exists(entry.FullName))
                    {
                        problems.Add(new SourceProblem(entry.FullName, $"a symbolic link (to '{DisplayText.Safe(entry.LinkTarget ?? "")}'), {LinkNotFollowed}", DiagnosticSeverity.Warning));
                    }
                }
                else if (entry is DirectoryInfo)
                {
                    folders.Push(entry.FullName);
                }
                else if (IsSourceFileName(entry.Name))
                {
                    found.Add(entry.FullName);
                }
            }

            if (found.Count > MaxFiles)
            {
                problems.Add(new SourceProblem(root, $"more than {MaxFiles.ToString("N0", CultureInfo.InvariantCulture)} .cert files, the most a pack may have", DiagnosticSeverity.Error));
                return [];
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
