using CertLang.Semantics.Sources;
using Microsoft.Extensions.Logging;

namespace CertLang.LanguageServer.Workspace;

/// <summary>Reads the <c>.cert</c> files of workspace folders from disk, by the rules certc reads a pack folder by (<see cref="PackFolder"/>).</summary>
internal static class WorkspaceFiles
{
    /// <summary>Every readable <c>.cert</c> file under the folders named by <paramref name="folderUris"/>, as (URI, text); what was not read is logged, once.</summary>
    public static IReadOnlyList<(string Uri, string Text)> ReadAll(IEnumerable<string> folderUris, ILogger logger)
    {
        var files = new List<(string, string)>();
        foreach (var folder in folderUris.Select(DocumentUris.ToPath).OfType<string>().Where(Directory.Exists))
        {
            var contents = PackFolder.Read(folder);
            foreach (var problem in contents.Problems)
            {
                logger.LogWarning("not read: {Path}: {Message}", problem.Path, problem.Message);
            }

            files.AddRange(contents.Files.Select(file => (DocumentUris.FromPath(file.Path), SourceFile.Decode(file.Bytes))));
        }

        return files;
    }

    /// <summary>The text of the file at <paramref name="path"/>, or null (logged) when it cannot be read or is not one a folder read would read (a link, a FIFO, too long).</summary>
    public static string? TryRead(string path, ILogger logger)
    {
        try
        {
            return SourceFile.ReadAllText(path, followLinks: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("cannot read {Path}: {Message}", path, e.Message);
            return null;
        }
    }
}
