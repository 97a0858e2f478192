using System.Text;

namespace CertLang.Syntax.Text;

/// <summary>The immutable text of one source file, with its path and a map from positions to lines.</summary>
public sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string _text;
    private int[]? _lineStarts;

    private SourceText(string text, string path, int? invalidUtf8Offset)
    {
        _text = text;
        Path = path;
        InvalidUtf8Offset = invalidUtf8Offset;
    }

    /// <summary>The file path the text came from, as given (empty for text that has no file).</summary>
    public string Path { get; }

    /// <summary>The number of characters (UTF-16 code units).</summary>
    public int Length => _text.Length;

    /// <summary>The byte offset of the first invalid UTF-8 sequence when the text was decoded from bytes, else null.</summary>
    public int? InvalidUtf8Offset { get; }

    /// <summary>The character at <paramref name="position"/>.</summary>
    public char this[int position] => _text[position];

    /// <summary>The starting position of each line; line breaks are \r\n, \r and \n.</summary>
    public IReadOnlyList<int> LineStarts => _lineStarts ??= ComputeLineStarts(_text);

    /// <summary>Wraps a string.</summary>
    public static SourceText From(string text, string path = "") => new(text, path, null);

    /// <summary>Decodes UTF-8 bytes (a byte order mark is dropped); invalid sequences become U+FFFD and are remembered.</summary>
    public static SourceText From(ReadOnlySpan<byte> bytes, string path = "")
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        try
        {
            return new SourceText(StrictUtf8.GetString(bytes), path, null);
        }
        catch (DecoderFallbackException e)
        {
            return new SourceText(Encoding.UTF8.GetString(bytes), path, e.Index);
        }
    }

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => _text.Substring(span.Start, span.Length);

    /// <summary>The characters of <paramref name="span"/>, without copying.</summary>
    public ReadOnlySpan<char> AsSpan(TextSpan span) => _text.AsSpan(span.Start, span.Length);

    /// <summary>The whole text.</summary>
    public override string ToString() => _text;

    /// <summary>The zero-based line that contains <paramref name="position"/>.</summary>
    public int GetLineIndex(int position)
    {
        var starts = LineStarts;
        int low = 0, high = starts.Count - 1;
        while (low < high)
        {
            var mid = low + (high - low + 1) / 2;
            if (starts[mid] <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>The line and character of <paramref name="position"/>.</summary>
    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineIndex(position);
        return new LinePosition(line, position - LineStarts[line]);
    }

    /// <summary>The line positions of both ends of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The position of a line and character, clamped to the line's content.</summary>
    public int GetPosition(LinePosition position)
    {
        var line = Math.Clamp(position.Line, 0, LineStarts.Count - 1);
        var content = GetLineSpan(line, includeLineBreak: false);
        return content.Start + Math.Clamp(position.Character, 0, content.Length);
    }

    /// <summary>The span of one line, with or without its line break.</summary>
    public TextSpan GetLineSpan(int line, bool includeLineBreak)
    {
        var starts = LineStarts;
        var start = starts[line];
        var end = line + 1 < starts.Count ? starts[line + 1] : _text.Length;
        if (!includeLineBreak)
        {
            while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            {
                end--;
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
