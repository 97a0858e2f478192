using System.Globalization;
using System.Text;

namespace CertLang.Semantics.Binding;

/// <summary>The value of a string literal: quotes removed, escapes resolved (invalid ones are kept as written; the parser reports them).</summary>
internal static class Strings
{
    /// <summary>The text a string token stands for.</summary>
    public static string Unescape(string literal)
    {
        var body = literal.Length >= 2 && literal[^1] == '"' ? literal[1..^1] : literal[1..];
        if (!body.Contains('\\', StringComparison.Ordinal))
        {
            return body;
        }

        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 == body.Length)
            {
                builder.Append(body[i]);
                continue;
            }

            var escaped = body[++i];
            switch (escaped)
            {
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u' when i + 4 < body.Length && int.TryParse(body.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                case '"' or '\\':
                    builder.Append(escaped);
                    break;
                default:
                    builder.Append('\\').Append(escaped);
                    break;
            }
        }

        return builder.ToString();
    }
}
