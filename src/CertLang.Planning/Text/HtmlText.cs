using System.Text;

namespace CertLang.Planning.Text;

/// <summary>Texts made safe for HTML (and XML) element content and quoted attribute values; shared by the pack reference and the plan report.</summary>
internal static class HtmlText
{
    /// <summary>
    /// <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> as character references, and control characters other than
    /// line breaks and tabs (which HTML and XML do not allow) as the replacement character.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) && c is not ('\n' or '\r' or '\t') => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>An attribute value: escaped as text, line breaks as <c>&amp;#10;</c> so that they survive in a tooltip.</summary>
    public static string Attribute(string text) => Escape(text.ReplaceLineEndings("\n")).Replace("\n", "&#10;", StringComparison.Ordinal);
}
