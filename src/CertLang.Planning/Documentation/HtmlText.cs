using System.Text;

namespace CertLang.Planning.Documentation;

/// <summary>Pack texts made safe for HTML element content and quoted attribute values.</summary>
internal static class HtmlText
{
    /// <summary><paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> as character references.</summary>
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
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
