using System.Buffers;
using System.Text;

namespace CertLang.LanguageServer.Protocol;

/// <summary>
/// Finds the next message in the bytes a client sent, as the LSP base protocol frames it (<c>Content-Length: N</c>, other
/// headers ignored, a blank line, N bytes of JSON), and says how to get past bytes that are not one.
/// </summary>
internal static class LspFraming
{
    /// <summary>The longest header section read before it counts as malformed.</summary>
    public const int MaxHeaderBytes = 8 * 1024;

    /// <summary>The largest body accepted.</summary>
    public const int MaxContentLength = 256 * 1024 * 1024;

    /// <summary>The header that starts every well-formed message, and where reading resumes after bytes that are not one.</summary>
    private static ReadOnlySpan<byte> ContentLengthHeader => "Content-Length:"u8;

    /// <summary>The blank line that ends the header section.</summary>
    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    /// <summary>What <paramref name="buffer"/> starts with: too few bytes to tell, bytes to skip, a malformed header section, or a message's frame.</summary>
    public static FrameScan Scan(ReadOnlySequence<byte> buffer)
    {
        switch (StartsWithHeaderLine(buffer))
        {
            case null:
                return new FrameScan.Incomplete();
            case false:
                var skip = IndexOf(buffer, ContentLengthHeader) ?? Math.Max(0, buffer.Length - (ContentLengthHeader.Length - 1));
                return skip == 0 ? new FrameScan.Incomplete() : new FrameScan.Garbage(skip);
        }

        if (IndexOf(buffer, HeaderEnd) is not { } end)
        {
            return buffer.Length > MaxHeaderBytes ? new FrameScan.BadHeader(MaxHeaderBytes, $"no end of headers within {MaxHeaderBytes} bytes") : new FrameScan.Incomplete();
        }

        var headerLength = end + HeaderEnd.Length;
        var headers = Encoding.ASCII.GetString(buffer.Slice(0, end));
        return ContentLengthOf(headers) switch
        {
            (int length, null) => new FrameScan.Frame(headerLength, length),
            (_, { } problem) => new FrameScan.BadHeader(headerLength, problem),
        };
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

    /// <summary>The Content-Length that <paramref name="headers"/> give, or why they do not give one.</summary>
    private static (int Length, string? Problem) ContentLengthOf(string headers)
    {
        int? length = null;
        foreach (var line in headers.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !line.AsSpan(0, colon).ContainsOnlyTokenCharacters())
            {
                return (0, $"malformed header line '{line}'");
            }

            if (line.AsSpan(0, colon).Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(line.AsSpan(colon + 1).Trim(' '), System.Globalization.NumberStyles.None, null, out var value) || value > MaxContentLength)
                {
                    return (0, $"Content-Length '{line[(colon + 1)..].Trim()}' is not a length up to {MaxContentLength}");
                }

                length = value;
            }
        }

        return length is { } found ? (found, null) : (0, "no Content-Length header");
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
