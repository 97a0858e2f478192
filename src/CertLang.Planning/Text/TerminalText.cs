using CertLang.Syntax.Text;

namespace CertLang.Planning.Text;

/// <summary>Text a terminal report shows whole (ids, names, titles): control characters escaped as in messages, nothing cut.</summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with control characters, lone surrogates and bidirectional overrides escaped (<c>\u001B</c>).</summary>
    public static string Of(string text) => DisplayText.Safe(text, int.MaxValue);
}
