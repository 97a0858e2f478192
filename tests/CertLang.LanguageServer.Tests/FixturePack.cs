using CertLang.LanguageServer.Protocol;
using CertLang.TestSupport;

namespace CertLang.LanguageServer.Tests;

/// <summary>A frozen copy of the example pack (Fixtures/pack), so that response snapshots do not move when the examples grow.</summary>
internal static class FixturePack
{
    /// <summary>The fixture folder on disk.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "CertLang.LanguageServer.Tests", "Fixtures", "pack");

    /// <summary>The folder as a <c>file://</c> URI.</summary>
    public static string FolderUri => new Uri(Folder + Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/');

    /// <summary>Every file of the pack, as paths relative to the folder with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } =
        Directory.EnumerateFiles(Folder, "*.cert", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The URI of <paramref name="file"/> (relative to the folder).</summary>
    public static string Uri(string file) => new Uri(Path.Combine(Folder, file)).AbsoluteUri;

    /// <summary>The text of <paramref name="file"/>.</summary>
    public static string Text(string file) => File.ReadAllText(Path.Combine(Folder, file));

    /// <summary>The position of the <paramref name="occurrence"/>-th (zero-based) <paramref name="needle"/> in <paramref name="file"/>, plus <paramref name="offset"/> characters.</summary>
    public static Position PositionOf(string file, string needle, int occurrence = 0, int offset = 0)
    {
        var text = Text(file);
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{needle}' occurs fewer than {occurrence + 1} times in {file}");
            }
        }

        index += offset;
        var line = text[..index].Count(c => c == '\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1);
        return new Position(line, index == 0 ? 0 : column);
    }

    /// <summary>Initializes the server and opens every file of the pack (requests sent afterwards see all of them: the server applies edits in arrival order); returns the server's capabilities.</summary>
    public static Task<ServerCapabilities> OpenAllAsync(InProcessClient client) => client.OpenAsync(Files.Select(file => (Uri(file), Text(file))));
}
