namespace CertLang.Semantics.Sources;

/// <summary>What a path names on disk; only a regular file is ever opened for reading.</summary>
public enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link (when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe: opening it for reading waits for a writer.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A socket.</summary>
    Socket,
}
