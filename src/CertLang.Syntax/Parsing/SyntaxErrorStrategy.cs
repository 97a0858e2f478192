using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using CertLang.Syntax.Generated;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Syntax.Parsing;

/// <summary>ANTLR's recovery (single-token insertion and deletion, resynchronisation) with CertLang's own messages.</summary>
internal sealed class SyntaxErrorStrategy(SourceText source, List<Diagnostic> diagnostics) : DefaultErrorStrategy
{
    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        ReportUnexpected(e.OffendingToken, e.GetExpectedTokens());

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        ReportUnexpected(e.OffendingToken, e.GetExpectedTokens());

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportUnexpected(e.OffendingToken, e.GetExpectedTokens());

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        ReportUnexpected(recognizer.CurrentToken, GetExpectedTokens(recognizer));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var current = recognizer.CurrentToken;
        var previous = ((ITokenStream)recognizer.InputStream).LT(-1);
        var position = previous is null ? current.StartIndex : previous.StopIndex + 1;
        var expected = TokenDescriptions.Expected(GetExpectedTokens(recognizer));
        diagnostics.Add(SyntaxDiagnostics.TokenMissing(source, new TextSpan(position, 0), expected, TokenDescriptions.Found(current)));
    }

    private void ReportUnexpected(IToken token, IntervalSet expected)
    {
        var keyword = token.Type == CertLangParser.IDENTIFIER ? TokenDescriptions.SuggestKeyword(token.Text, expected) : null;
        diagnostics.Add(SyntaxDiagnostics.TokenNotExpected(source, SpanOf(token), TokenDescriptions.Found(token), TokenDescriptions.Expected(expected), keyword));
    }

    private static TextSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF ? new TextSpan(token.StartIndex, 0) : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
}
