namespace CertLang.LanguageServer.Workspace;

/// <summary>Document URIs as a person reads them in a message: relative to the workspace folder that holds them.</summary>
internal static class WorkspacePaths
{
    /// <summary>
    /// The path of <paramref name="uri"/> relative to the innermost of <paramref name="folderUris"/> that holds it, with
    /// forward slashes; its local path when no folder holds it; the URI itself when it is not a <c>file://</c> URI.
    /// </summary>
    public static string Display(string uri, IEnumerable<string> folderUris)
    {
        if (DocumentUris.ToPath(uri) is not { } path)
        {
            return uri;
        }

        foreach (var folder in folderUris.Select(DocumentUris.ToPath).OfType<string>().OrderByDescending(f => f.Length))
        {
            var relative = Path.GetRelativePath(folder, path);
            if (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        return path;
    }
}
