using System.Globalization;
using System.Text;

namespace CertLang.Syntax.Text;

/// <summary>
/// Makes text that came from a user (names, ids, titles, values) safe to quote in a message or a terminal:
/// control characters and lone surrogates are escaped, and long text is cut with its full length stated, so a
/// 1 MB name or an ANSI escape in an id can neither flood nor drive the terminal.
/// </summary>
public static class DisplayText
{
    /// <summary>How many characters of one piece of user text a message quotes at most.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>How many candidates a "one of …" or "did you mean" list names at most.</summary>
    public const int MaxListedCandidates = 12;

    /// <summary>
    /// <paramref name="text"/> with control characters, lone surrogates and bidirectional overrides written as
    /// <c>\n</c>, <c>\t</c> or <c>\u001B</c>, cut after <paramref name="maxLength"/> characters
    /// ("… (1048576 characters)").
    /// </summary>
    public static string Safe(string text, int maxLength = MaxQuotedLength) => Escape(text, maxLength, keepTabs: false);

    /// <summary>
    /// <paramref name="text"/> escaped as <see cref="Safe"/> escapes it, except tabs (they keep a source line's
    /// indentation), and not cut: for echoing a window of a source line under a diagnostic.
    /// </summary>
    public static string Visible(string text) => Escape(text, int.MaxValue, keepTabs: true);

    private static string Escape(string text, int maxLength, bool keepTabs)
    {
        if (text.Length <= maxLength && !NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 16);
        var index = 0;
        while (index < text.Length && builder.Length < maxLength)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                builder.Append(character).Append(text[index + 1]);
                index += 2;
                continue;
            }

            if (keepTabs && character == '\t')
            {
                builder.Append(character);
            }
            else
            {
                AppendEscaped(builder, character);
            }

            index++;
        }

        if (index < text.Length)
        {
            builder.Append("… (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }

    /// <summary>
    /// The first <see cref="MaxListedCandidates"/> of <paramref name="items"/>, each made <see cref="Safe"/>, joined by
    /// <paramref name="separator"/>, with "and N more" when the list was cut.
    /// </summary>
    public static string List(IEnumerable<string> items, string separator = ", ")
    {
        var shown = new List<string>(MaxListedCandidates);
        var more = 0;
        foreach (var item in items)
        {
            if (shown.Count < MaxListedCandidates)
            {
                shown.Add(Safe(item));
            }
            else
            {
                more++;
            }
        }

        var joined = string.Join(separator, shown);
        return more == 0 ? joined : $"{joined}{separator}and {more.ToString(CultureInfo.InvariantCulture)} more";
    }

    private static bool NeedsEscaping(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
                continue;
            }

            if (IsUnsafe(character))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char character) =>
        char.IsControl(character) || char.IsSurrogate(character) || IsBidirectionalControl(character);

    private static bool IsBidirectionalControl(char character) =>
        character is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';

    private static void AppendEscaped(StringBuilder builder, char character)
    {
        if (!IsUnsafe(character))
        {
            builder.Append(character);
            return;
        }

        switch (character)
        {
            case '\n':
                builder.Append("\\n");
                break;
            case '\r':
                builder.Append("\\r");
                break;
            case '\t':
                builder.Append("\\t");
                break;
            default:
                builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                break;
        }
    }
}
