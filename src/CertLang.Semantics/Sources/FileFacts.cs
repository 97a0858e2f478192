namespace CertLang.Semantics.Sources;

/// <summary>
/// What the file system says about a path without opening it: its kind, its length, how many hard links it has and
/// who owns it (the owner and group are null where the platform does not tell).
/// </summary>
public sealed record FileFacts(FileKind Kind, long Length, long LinkCount, uint? Owner, uint? Group)
{
    /// <summary>The facts about <paramref name="path"/>; with <paramref name="followLinks"/> false a symbolic link is reported as one.</summary>
    public static FileFacts Of(string path, bool followLinks) =>
        Statx.TryGet(path, followLinks) ?? FromFileSystemInfo(path, followLinks);

    /// <summary>The kind as a message names it: "a FIFO", "a folder", ….</summary>
    public string KindName => Kind switch
    {
        FileKind.Missing => "missing",
        FileKind.RegularFile => "a regular file",
        FileKind.Folder => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "a socket",
    };

    /// <summary>
    /// Where <c>statx</c> is not available (not Linux): what .NET tells, which cannot tell a FIFO or a device from an
    /// empty regular file, so those count as regular files there.
    /// </summary>
    private static FileFacts FromFileSystemInfo(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null)
        {
            return new FileFacts(FileKind.SymbolicLink, 0, 1, null, null);
        }

        return info switch
        {
            { Exists: false } => new FileFacts(FileKind.Missing, 0, 0, null, null),
            FileInfo file => new FileFacts(FileKind.RegularFile, file.Length, 1, null, null),
            _ => new FileFacts(FileKind.Folder, 0, 1, null, null),
        };
    }
}
