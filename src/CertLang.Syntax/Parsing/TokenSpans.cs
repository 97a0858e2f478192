using Antlr4.Runtime;
using CertLang.Syntax.Text;

namespace CertLang.Syntax.Parsing;

/// <summary>Where an ANTLR token is in the source text.</summary>
internal static class TokenSpans
{
    /// <summary>The token's span; zero-wide for the end of file (whose stop index is before its start).</summary>
    public static TextSpan SpanOf(IToken token) =>
        TextSpan.FromBounds(token.StartIndex, Math.Max(token.StartIndex, token.StopIndex + 1));
}
