using System.Text;
using CertLang.Cli.Sources;
using CertLang.Semantics.Sources;

namespace CertLang.Cli.Output;

/// <summary>
/// Writes files so that a reader never sees half of one (a temporary file in the same folder, then a rename over the
/// target) and so that a file that was there keeps what it was: its mode, its owner, its hard links. Only a regular
/// file is ever replaced.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Creates or replaces the output file <paramref name="path"/> with <paramref name="text"/> in UTF-8; missing
    /// folders are created. Anything there that is not a regular file (a link, a FIFO, a device, a folder) is refused.
    /// </summary>
    public static void WriteAllText(string path, string text) => Write(path, () => Path.GetFullPath(path), text);

    /// <summary>Rewrites the existing file <paramref name="path"/> (a source file being formatted) where it really is: through symbolic links, to their target.</summary>
    public static void Rewrite(string path, string text) => Write(path, () => File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path), text);

    private static void Write(string path, Func<string> findTarget, string text)
    {
        try
        {
            var target = findTarget();
            var existing = FileFacts.Of(target, followLinks: false);
            if (existing.Kind is not (FileKind.Missing or FileKind.RegularFile))
            {
                throw new UserInputException($"cannot write {DisplayPath.Quoted(path)}: it is {existing.KindName}, not a regular file; remove it or choose another path");
            }

            Replace(target, existing, Utf8.GetBytes(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot write {DisplayPath.Quoted(path)}: {e.Message}");
        }
    }

    private static void Replace(string target, FileFacts existing, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        TemporaryFile.RemoveStaleNextTo(target);
        var temporary = TemporaryFile.NextTo(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (existing.Kind == FileKind.RegularFile && !TakeOverIdentity(temporary, target, existing))
                {
                    // A file with more than one name (hard links), or one whose owner or group a new file would not
                    // get: rewritten in place, now that the new text is fully prepared, so that every name still
                    // shows the one file and its owner stays. Only here may a reader see it half-written, briefly.
                    WriteInPlace(target, bytes);
                    return;
                }

                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Gives the new <paramref name="temporary"/> the mode of <paramref name="target"/>; false when it cannot take its place unchanged (hard links, another owner or group).</summary>
    private static bool TakeOverIdentity(string temporary, string target, FileFacts existing)
    {
        var created = FileFacts.Of(temporary, followLinks: false);
        if (existing.LinkCount > 1 || created.Owner != existing.Owner || created.Group != existing.Group)
        {
            return false;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }

        return true;
    }

    private static void WriteInPlace(string target, byte[] bytes)
    {
        using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.SetLength(bytes.Length);
        stream.Flush(flushToDisk: true);
    }
}
