using System.Buffers;
using System.Globalization;
using System.Text;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Protocol;

/// <summary>
/// Finds the next message in the bytes a client sent, as the LSP base protocol frames it (header lines ended by CR LF,
/// <c>Content-Length: N</c> among them, a blank line, N bytes of JSON), and says how to get past bytes that are not one:
/// after bad bytes, reading resumes at the next <c>Content-Length:</c>, so that a bad frame never swallows the good one after it.
/// </summary>
internal static class LspFraming
{
    /// <summary>The longest header section read before it counts as malformed.</summary>
    public const int MaxHeaderBytes = 8 * 1024;

    /// <summary>The largest body accepted (64 MiB): a larger Content-Length is refused before any of it is buffered.</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    /// <summary>The header that starts every well-formed message, and where reading resumes after bytes that are not one.</summary>
    private static ReadOnlySpan<byte> ContentLengthHeader => "Content-Length:"u8;

    /// <summary>What ends a header line, and, on a line of its own, the header section.</summary>
    private static ReadOnlySpan<byte> LineEnd => "\r\n"u8;

    /// <summary>
    /// What <paramref name="buffer"/> starts with: too few bytes to tell, bytes to skip, a malformed header section, or a
    /// message's frame. While <paramref name="resynchronising"/> (after bytes that were not a message) only a
    /// <c>Content-Length:</c> header starts a message.
    /// </summary>
    public static FrameScan Scan(ReadOnlySequence<byte> buffer, bool resynchronising)
    {
        var startsHeader = resynchronising ? StartsWith(buffer, ContentLengthHeader) : StartsWithHeaderLine(buffer);
        return startsHeader switch
        {
            null => new FrameScan.Incomplete(),
            false => SkipToNextContentLength(buffer) is var skip and > 0 ? new FrameScan.Garbage(skip) : new FrameScan.Incomplete(),
            true => ScanHeaders(buffer),
        };
    }

    /// <summary>The frame whose header section starts <paramref name="buffer"/>, or why it is malformed.</summary>
    private static FrameScan ScanHeaders(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        int? contentLength = null;
        while (reader.TryReadTo(out ReadOnlySequence<byte> line, LineEnd))
        {
            if (reader.Consumed > MaxHeaderBytes)
            {
                return Malformed(buffer, $"no end of headers within {MaxHeaderBytes} bytes");
            }

            if (line.IsEmpty)
            {
                return contentLength is { } length ? new FrameScan.Frame(reader.Consumed, length) : Malformed(buffer, "no Content-Length header");
            }

            var (name, value) = SplitHeaderLine(Encoding.ASCII.GetString(line));
            if (name is null)
            {
                return Malformed(buffer, $"malformed header line '{DisplayText.Safe(value)}'");
            }

            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > MaxContentLength)
                {
                    return Malformed(buffer, $"Content-Length '{DisplayText.Safe(value)}' is not a length up to {MaxContentLength}");
                }

                contentLength = length;
            }
        }

        return reader.UnreadSequence.PositionOf((byte)'\n') is not null ? Malformed(buffer, "a header line ends with a line feed without a carriage return")
            : buffer.Length > MaxHeaderBytes ? Malformed(buffer, $"no end of headers within {MaxHeaderBytes} bytes")
            : new FrameScan.Incomplete();
    }

    /// <summary>A header section that is malformed because of <paramref name="problem"/>: skip to the next <c>Content-Length:</c> after its start.</summary>
    private static FrameScan.BadHeader Malformed(ReadOnlySequence<byte> buffer, string problem) =>
        new(Math.Max(1, SkipToNextContentLength(buffer)), problem);

    /// <summary>How many bytes to skip to reach the next <c>Content-Length:</c> after the first byte, or, when it has not come yet, to keep only what could be its start.</summary>
    private static long SkipToNextContentLength(ReadOnlySequence<byte> buffer) =>
        IndexOf(buffer.Slice(Math.Min(1, buffer.Length)), ContentLengthHeader) is { } next
            ? next + 1
            : Math.Max(0, buffer.Length - (ContentLengthHeader.Length - 1));

    /// <summary>The name and value of a header line (<c>name: value</c>), or a null name and the line when it is not one.</summary>
    private static (string? Name, string Value) SplitHeaderLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && line.AsSpan(0, colon).ContainsOnlyTokenCharacters() && !line.AsSpan(colon + 1).ContainsAnyInRange('\0', '\u001f')
            ? (line[..colon], line[(colon + 1)..].Trim(' ', '\t'))
            : (null, line);
    }

    /// <summary>Whether <paramref name="buffer"/> starts with <paramref name="prefix"/>; null when it is too short to tell.</summary>
    private static bool? StartsWith(ReadOnlySequence<byte> buffer, ReadOnlySpan<byte> prefix)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.IsNext(prefix) ? true : buffer.Length >= prefix.Length || !prefix.StartsWith(buffer.ToArray()) ? false : null;
    }

    /// <summary>The offset of the first <paramref name="needle"/> in <paramref name="buffer"/>, or null.</summary>
    private static long? IndexOf(ReadOnlySequence<byte> buffer, ReadOnlySpan<byte> needle)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.TryAdvanceTo(needle[0], advancePastDelimiter: false) && Find(ref reader, needle) ? reader.Consumed : null;
    }

    /// <summary>Advances <paramref name="reader"/>, standing on the first byte of <paramref name="needle"/>, to where <paramref name="needle"/> occurs; false when it does not.</summary>
    private static bool Find(ref SequenceReader<byte> reader, ReadOnlySpan<byte> needle)
    {
        do
        {
            if (reader.IsNext(needle))
            {
                return true;
            }

            reader.Advance(1);
        }
        while (reader.TryAdvanceTo(needle[0], advancePastDelimiter: false));

        return false;
    }

    /// <summary>Whether the buffer starts with a header name and a colon; null when it is too short to tell.</summary>
    private static bool? StartsWithHeaderLine(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        var nameLength = 0;
        while (reader.TryRead(out var b))
        {
            if (b == ':')
            {
                return nameLength > 0;
            }

            if (!IsTokenCharacter(b) || nameLength == MaxHeaderBytes)
            {
                return false;
            }

            nameLength++;
        }

        return null;
    }

    /// <summary>Whether every character of <paramref name="name"/> may appear in a header name.</summary>
    private static bool ContainsOnlyTokenCharacters(this ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c > 127 || !IsTokenCharacter((byte)c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="b"/> may appear in an HTTP header name (RFC 9110 <c>tchar</c>).</summary>
    private static bool IsTokenCharacter(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
            || "!#$%&'*+-.^_`|~"u8.Contains(b);
}
