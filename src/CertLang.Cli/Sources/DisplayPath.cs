namespace CertLang.Cli.Sources;

/// <summary>Paths as certc prints them: relative to the current folder when inside it, with forward slashes.</summary>
internal static class DisplayPath
{
    /// <summary>The display form of <paramref name="path"/>.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
