using System.Globalization;
using Antlr4.Runtime;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Generated;
using CertLang.Syntax.Text;

namespace CertLang.Syntax.Parsing;

/// <summary>Runs the generated lexer over a whole text and reports what it could not make sense of.</summary>
internal static class LexicalScanner
{
    /// <summary>Every token of the text, hidden ones included, ending with the end of file token.</summary>
    public static List<IToken> Tokenize(SourceText source, List<Diagnostic> diagnostics)
    {
        var lexer = new CertLangLexer(new AntlrInputStream(source.ToString()));
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>();
        IToken token;
        do
        {
            token = lexer.NextToken();
            ((CommonToken)token).TokenIndex = tokens.Count;
            tokens.Add(token);
        }
        while (token.Type != TokenConstants.EOF);

        Report(source, tokens, diagnostics);
        return tokens;
    }

    private static void Report(SourceText source, List<IToken> tokens, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Type)
            {
                case CertLangLexer.BAD_CHARACTERS or CertLangLexer.BAD_CHARACTER:
                    var end = i;
                    while (end + 1 < tokens.Count && tokens[end + 1].Type is CertLangLexer.BAD_CHARACTERS or CertLangLexer.BAD_CHARACTER)
                    {
                        end++;
                    }

                    diagnostics.Add(SyntaxDiagnostics.UnexpectedCharactersFound(source, TextSpan.FromBounds(token.StartIndex, tokens[end].StopIndex + 1)));
                    i = end;
                    break;
                case CertLangLexer.STRING:
                    CheckString(source, TokenSpans.SpanOf(token), diagnostics);
                    break;
                case CertLangLexer.DATE when !IsDateShaped(token.Text):
                    diagnostics.Add(SyntaxDiagnostics.DateMalformed(source, TokenSpans.SpanOf(token)));
                    break;
                case CertLangLexer.BLOCK_COMMENT when token.StopIndex - token.StartIndex < 3 || !token.Text.EndsWith("*/", StringComparison.Ordinal):
                    diagnostics.Add(SyntaxDiagnostics.CommentNotClosed(source, new TextSpan(token.StartIndex, 2)));
                    break;
            }
        }
    }

    private static void CheckString(SourceText source, TextSpan span, List<Diagnostic> diagnostics)
    {
        var text = source.AsSpan(span);
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                return;
            }

            if (text[i] != '\\')
            {
                continue;
            }

            var length = EscapeLength(text[i..]);
            if (length == 0)
            {
                var bad = Math.Min(2, text.Length - i);
                diagnostics.Add(SyntaxDiagnostics.EscapeNotKnown(source, new TextSpan(span.Start + i, bad)));
                length = bad;
            }
            else if (EscapedSurrogate(text[i..]) is { } surrogate)
            {
                if (char.IsHighSurrogate(surrogate) && EscapedSurrogate(text[(i + length)..]) is { } low && char.IsLowSurrogate(low))
                {
                    length *= 2;
                }
                else
                {
                    diagnostics.Add(SyntaxDiagnostics.EscapeIsHalfASurrogatePair(source, new TextSpan(span.Start + i, length)));
                }
            }

            i += length - 1;
        }

        diagnostics.Add(SyntaxDiagnostics.StringNotClosed(source, span));
    }

    /// <summary>The length of the valid escape sequence at the start of <paramref name="text"/>, or 0.</summary>
    private static int EscapeLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        return text[1] switch
        {
            '"' or '\\' or 'n' or 't' => 2,
            'u' when text.Length >= 6 && text[2..6].ContainsAnyExcept("0123456789abcdefABCDEF") is false => 6,
            _ => 0,
        };
    }

    /// <summary>The surrogate that the <c>\uXXXX</c> escape at the start of <paramref name="text"/> stands for, or null (another escape or character).</summary>
    private static char? EscapedSurrogate(ReadOnlySpan<char> text) =>
        text.Length >= 6 && text[0] == '\\' && text[1] == 'u'
                         && ushort.TryParse(text[2..6], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                         && char.IsSurrogate((char)code)
            ? (char)code
            : null;

    private static bool IsDateShaped(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Replace("-", "", StringComparison.Ordinal).Length == 8;

}
