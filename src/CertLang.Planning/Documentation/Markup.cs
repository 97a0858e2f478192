using CertLang.Planning.Text;

namespace CertLang.Planning.Documentation;

/// <summary>
/// How a renderer marks up the parts of a sentence: names and conditions as code, links, everything else as text, and
/// text that starts a paragraph (where Markdown would read <c>- </c> as a list).
/// </summary>
internal sealed record Markup(Func<string, string> Code, Func<string, string> Text, Func<string, string> Link, Func<string, string> ParagraphStart)
{
    /// <summary>Markdown: code spans, autolinks (to addresses checked to hold no spaces or angle brackets) and escaped text.</summary>
    public static Markup Markdown { get; } = new(MarkdownText.Code, MarkdownText.Escape, address => $"<{address}>", MarkdownText.Paragraph);

    /// <summary>HTML: <c>code</c> and <c>a</c> elements and escaped text.</summary>
    public static Markup Html { get; } = new(
        code => $"<code>{HtmlText.Escape(code)}</code>",
        HtmlText.Escape,
        address => $"<a href=\"{HtmlText.Escape(address)}\" rel=\"noreferrer\">{HtmlText.Escape(address)}</a>",
        HtmlText.Escape);
}
