using System.Globalization;
using System.Text;

namespace CertLang.Semantics.Sources;

/// <summary>
/// Reads one file safely: only a regular file is opened (opening a FIFO would wait for ever, a device may never end),
/// and never more than a stated number of bytes.
/// </summary>
public static class SourceFile
{
    /// <summary>The most bytes one <c>.cert</c> source file may have: 16 MiB.</summary>
    public const int MaxBytes = 16 * Mebibyte;

    private const int Mebibyte = 1024 * 1024;

    /// <summary>
    /// The bytes of <paramref name="path"/>; a symbolic link is followed only when <paramref name="followLinks"/>.
    /// Throws <see cref="SourceFileException"/> for anything but a regular file of at most <paramref name="maxBytes"/>,
    /// and <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be read.
    /// </summary>
    public static byte[] ReadAllBytes(string path, int maxBytes = MaxBytes, bool followLinks = true)
    {
        // A path that seems missing is left to the open, whose exception says why (not found, or no permission to look).
        var facts = FileFacts.Of(path, followLinks);
        if (facts.Kind is not (FileKind.RegularFile or FileKind.Missing))
        {
            throw new SourceFileException(facts.Kind == FileKind.SymbolicLink
                ? $"a symbolic link, {PackFolder.LinkNotFollowed}"
                : $"{facts.KindName}, not a regular file");
        }

        if (facts.Length > maxBytes)
        {
            throw TooLong(facts.Length, maxBytes);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var buffer = new byte[Math.Min(stream.Length, maxBytes + 1L)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read > maxBytes)
        {
            throw TooLong(stream.Length, maxBytes);
        }

        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>The text of <paramref name="path"/> (UTF-8 unless a byte order mark says otherwise), read as <see cref="ReadAllBytes"/> reads it.</summary>
    public static string ReadAllText(string path, int maxBytes = MaxBytes, bool followLinks = true) => Decode(ReadAllBytes(path, maxBytes, followLinks));

    /// <summary>The text of a file's <paramref name="bytes"/>, decoded as <see cref="File.ReadAllText(string)"/> decodes: UTF-8 unless a byte order mark says otherwise.</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Why reading failed, in the words of a message that already names the path.</summary>
    internal static string ReasonOf(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;

    /// <summary>A size as a limit is stated: "16 MiB" when a whole number of MiB, else "1,000 bytes".</summary>
    internal static string SizeName(long bytes) => bytes % Mebibyte == 0 && bytes > 0
        ? $"{(bytes / Mebibyte).ToString(CultureInfo.InvariantCulture)} MiB"
        : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    private static SourceFileException TooLong(long length, int maxBytes) => new($"{SizeName(length)}, more than the {SizeName(maxBytes)} a file may have");
}
