using Microsoft.Extensions.Logging;

namespace CertLang.LanguageServer.Workspace;

/// <summary>Reads the <c>.cert</c> files of workspace folders from disk.</summary>
internal static class WorkspaceFiles
{
    /// <summary>Every readable <c>.cert</c> file under the folders named by <paramref name="folderUris"/>, as (URI, text); unreadable ones are logged and left out.</summary>
    public static IReadOnlyList<(string Uri, string Text)> ReadAll(IEnumerable<string> folderUris, ILogger logger)
    {
        var files = new List<(string, string)>();
        foreach (var folder in folderUris.Select(DocumentUris.ToPath).OfType<string>().Where(Directory.Exists))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            foreach (var path in Directory.EnumerateFiles(folder, "*.cert", options).Order(StringComparer.Ordinal))
            {
                if (TryRead(path, logger) is { } text)
                {
                    files.Add((DocumentUris.FromPath(path), text));
                }
            }
        }

        return files;
    }

    /// <summary>The text of the file at <paramref name="path"/>, or null (logged) when it cannot be read.</summary>
    public static string? TryRead(string path, ILogger logger)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("cannot read {Path}: {Message}", path, e.Message);
            return null;
        }
    }
}
