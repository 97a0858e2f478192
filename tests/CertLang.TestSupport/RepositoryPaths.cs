namespace CertLang.TestSupport;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the folder that holds CertLang.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The example pack.</summary>
    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>
    /// A small, frozen pack (Fixtures/china-eu): the first example pack, with CCC in China and the LVD in the EU. Tests
    /// that pin exact outputs of the commands use it, so that they do not move when the examples grow.
    /// </summary>
    public static string ChinaEuPack => Path.Combine(Root, "tests", "CertLang.TestSupport", "Fixtures", "china-eu");

    /// <summary>Every .cert file of the example pack, as paths relative to it with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> ExampleFiles() => PackFiles(Examples);

    /// <summary>Every .cert file under <paramref name="folder"/>, as paths relative to it with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> PackFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cert", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CertLang.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("CertLang.sln not found above " + AppContext.BaseDirectory);
    }
}
