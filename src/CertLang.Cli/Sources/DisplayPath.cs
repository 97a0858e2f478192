using CertLang.Syntax.Text;

namespace CertLang.Cli.Sources;

/// <summary>Paths as certc prints them: relative to the current folder when inside it, with forward slashes.</summary>
internal static class DisplayPath
{
    /// <summary>The longest path a message quotes in full (Linux's PATH_MAX).</summary>
    private const int MaxQuotedLength = 4096;

    /// <summary>The display form of <paramref name="path"/>.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>The display form of <paramref name="path"/> in quotes, safe to print (control characters escaped); an empty path stays empty.</summary>
    public static string Quoted(string path) => $"'{(path.Length == 0 ? "" : DisplayText.Safe(Of(path), MaxQuotedLength))}'";
}
