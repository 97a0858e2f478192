namespace CertLang.TestSupport;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the folder that holds CertLang.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The example pack.</summary>
    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>Every .cert file of the example pack, as paths relative to it with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> ExampleFiles() =>
        Directory.EnumerateFiles(Examples, "*.cert", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Examples, file).Replace('\\', '/'))
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
