using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Generated;
using CertLang.Syntax.Text;

namespace CertLang.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery (single-token insertion and deletion, resynchronisation) with CertLang's own messages, tuned so
/// that one typo gives one diagnostic: a block keeps its items when its first item is misspelt, a missing closing
/// token is reported where it belongs, and an incomplete line is reported at its end.
/// </summary>
/// <param name="source">The text being parsed.</param>
/// <param name="tokens">All tokens of the text, hidden ones included, indexed by token index.</param>
/// <param name="quietTokens">Tokens right after a group the nesting guard skipped: errors there are already reported.</param>
/// <param name="diagnostics">Where diagnostics go.</param>
internal sealed class SyntaxErrorStrategy(SourceText source, IReadOnlyList<IToken> tokens, IReadOnlySet<int> quietTokens, List<Diagnostic> diagnostics)
    : DefaultErrorStrategy
{
    /// <summary>
    /// Before a choice or a loop, when the next token cannot start any alternative:
    /// <list type="bullet">
    /// <item>a token that can follow an enclosing rule (such as a closing brace) is never skipped: a loop ends there,
    /// and a choice fails there, so that what is missing is reported where it belongs;</item>
    /// <item>in a loop, other tokens are skipped up to the next token that can start an item or follow the loop, and the
    /// loop goes on, so that the items after a typo are kept (ANTLR gives up the whole loop at its first item).</item>
    /// </list>
    /// </summary>
    public override void Sync(Parser recognizer)
    {
        var state = recognizer.Interpreter.atn.states[recognizer.State];
        var isLoop = state.StateType is StateType.StarLoopEntry or StateType.StarLoopBack or StateType.PlusLoopBack or StateType.PlusBlockStart;
        var isChoice = state.StateType is StateType.BlockStart or StateType.StarBlockStart;
        if (InErrorRecoveryMode(recognizer) || !(isLoop || isChoice))
        {
            base.Sync(recognizer);
            return;
        }

        var next = recognizer.Atn.NextTokens(state);
        var lookahead = ((ITokenStream)recognizer.InputStream).LA(1);
        if (next.Contains(lookahead) || next.Contains(TokenConstants.EPSILON))
        {
            base.Sync(recognizer);
            return;
        }

        var recovery = GetErrorRecoverySet(recognizer);
        if (recovery.Contains(lookahead) && !IsSeparator(lookahead))
        {
            if (isChoice)
            {
                throw new InputMismatchException(recognizer);
            }

            return;
        }

        if (isChoice)
        {
            base.Sync(recognizer);
            return;
        }

        if (SingleTokenDeletion(recognizer) is null)
        {
            ReportUnwantedToken(recognizer);
            ConsumeUntil(recognizer, recognizer.GetExpectedTokens().Or(recovery));
        }
    }

    /// <summary>Commas, <c>and</c> and <c>or</c> join items: one where an item should be is an extra separator, not a missing item.</summary>
    private static bool IsSeparator(int type) => type is CertLangParser.COMMA or CertLangParser.AND or CertLangParser.OR;

    /// <summary>Single-token deletion, except of a closing bracket: brackets are structure, never noise.</summary>
    protected override IToken? SingleTokenDeletion(Parser recognizer) =>
        ((ITokenStream)recognizer.InputStream).LA(1) is CertLangParser.RBRACE or CertLangParser.RPAREN ? null : base.SingleTokenDeletion(recognizer);

    /// <summary>Skips tokens up to one in <paramref name="set"/>, stepping over bracketed groups whole; a stray closing bracket is skipped too.</summary>
    protected override void ConsumeUntil(Parser recognizer, IntervalSet set)
    {
        var stream = (ITokenStream)recognizer.InputStream;
        var depth = 0;
        for (var type = stream.LA(1); type != TokenConstants.EOF && (depth > 0 || !set.Contains(type)); type = stream.LA(1))
        {
            if (type is CertLangParser.LBRACE or CertLangParser.LPAREN)
            {
                depth++;
            }
            else if (type is CertLangParser.RBRACE or CertLangParser.RPAREN)
            {
                depth = Math.Max(0, depth - 1);
            }

            recognizer.Consume();
        }
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e.GetExpectedTokens());

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e.GetExpectedTokens());

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e.GetExpectedTokens());

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var token = recognizer.CurrentToken;
        if (!quietTokens.Contains(token.TokenIndex))
        {
            diagnostics.Add(Unexpected(token, GetExpectedTokens(recognizer)));
        }
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var current = recognizer.CurrentToken;
        if (quietTokens.Contains(current.TokenIndex))
        {
            return;
        }

        var position = Previous(current) is { } previous ? previous.StopIndex + 1 : current.StartIndex;
        var expected = TokenDescriptions.Expected(GetExpectedTokens(recognizer));
        diagnostics.Add(SyntaxDiagnostics.TokenMissing(source, new TextSpan(position, 0), expected, TokenDescriptions.Found(current)));
    }

    /// <summary>
    /// A token the grammar does not allow. Unless it is a misspelt keyword, when recovery will resume at this very
    /// token (nothing is skipped) or the token starts a later line, something is missing before it, and the diagnostic
    /// says what, where it belongs: at the end of the token before.
    /// </summary>
    private void ReportUnexpected(Parser recognizer, IToken token, IntervalSet expected)
    {
        if (quietTokens.Contains(token.TokenIndex))
        {
            return;
        }

        var misspelt = token.Type == CertLangParser.IDENTIFIER && TokenDescriptions.SuggestKeyword(token.Text, expected) is not null;
        if (!misspelt && Previous(token) is { } previous
            && (StartsLaterLine(previous, token)
                || (token == recognizer.CurrentToken && !IsSeparator(token.Type) && GetErrorRecoverySet(recognizer).Contains(token.Type))))
        {
            var position = new TextSpan(previous.StopIndex + 1, 0);
            var wanted = TokenDescriptions.Expected(expected);
            diagnostics.Add(StartsLaterLine(previous, token)
                ? SyntaxDiagnostics.LineIncomplete(source, position, wanted, TokenDescriptions.Found(previous))
                : SyntaxDiagnostics.TokenMissing(source, position, wanted, TokenDescriptions.Found(token)));
            return;
        }

        diagnostics.Add(Unexpected(token, expected));
    }

    private Diagnostic Unexpected(IToken token, IntervalSet expected)
    {
        var keyword = token.Type == CertLangParser.IDENTIFIER ? TokenDescriptions.SuggestKeyword(token.Text, expected) : null;
        return SyntaxDiagnostics.TokenNotExpected(source, TokenSpans.SpanOf(token), TokenDescriptions.Found(token), TokenDescriptions.Expected(expected), keyword);
    }

    private bool StartsLaterLine(IToken previous, IToken token) =>
        token.Type == TokenConstants.EOF || source.GetLineIndex(token.StartIndex) > source.GetLineIndex(previous.StopIndex + 1);

    /// <summary>The parser's token before <paramref name="token"/> (hidden ones skipped), if any.</summary>
    private IToken? Previous(IToken token)
    {
        for (var i = token.TokenIndex - 1; i >= 0; i--)
        {
            if (tokens[i].Channel == TokenConstants.DefaultChannel)
            {
                return tokens[i];
            }
        }

        return null;
    }

}
