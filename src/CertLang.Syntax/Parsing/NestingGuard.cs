using Antlr4.Runtime;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Generated;
using CertLang.Syntax.Text;

namespace CertLang.Syntax.Parsing;

/// <summary>
/// Keeps the recursive-descent parser, and every walker of the tree after it, off deep recursion: brackets and
/// <c>not</c>s nested deeper than <see cref="MaxDepth"/> are taken off the parser's channel before parsing and end up
/// as skipped-token trivia, with one diagnostic.
/// </summary>
public static class NestingGuard
{
    /// <summary>The deepest nesting of brackets and <c>not</c>s the parser sees (the pack format's depth limits follow from it).</summary>
    public const int MaxDepth = 100;

    /// <summary>
    /// Hides too-deep tokens from the parser. Returns the index of the parser's first token after each skipped group,
    /// where the parser will find a group it cannot complete: the CERT0007 diagnostic already covers that.
    /// </summary>
    internal static HashSet<int> HideTooDeep(SourceText source, List<IToken> tokens, List<Diagnostic> diagnostics)
    {
        var afterSkipped = new HashSet<int>();
        var justSkipped = false;
        var opened = new Stack<int>();
        var depth = 0;
        var notRun = 0;
        var skippedGroups = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }

            if (justSkipped && skippedGroups == 0)
            {
                afterSkipped.Add(i);
                justSkipped = false;
            }

            if (token.Type == TokenConstants.EOF)
            {
                break;
            }

            if (skippedGroups > 0)
            {
                skippedGroups += token.Type switch
                {
                    CertLangLexer.LPAREN or CertLangLexer.LBRACE => 1,
                    CertLangLexer.RPAREN or CertLangLexer.RBRACE => -1,
                    _ => 0,
                };
                Hide(token);
                continue;
            }

            var tooDeep = depth + notRun >= MaxDepth;
            switch (token.Type)
            {
                case CertLangLexer.LPAREN or CertLangLexer.LBRACE when tooDeep:
                    diagnostics.Add(SyntaxDiagnostics.NestedTooDeeply(source, TokenSpans.SpanOf(token), MaxDepth));
                    skippedGroups = 1;
                    justSkipped = true;
                    Hide(token);
                    break;
                case CertLangLexer.LPAREN or CertLangLexer.LBRACE:
                    opened.Push(1 + notRun);
                    depth += 1 + notRun;
                    break;
                case CertLangLexer.RPAREN or CertLangLexer.RBRACE when opened.Count > 0:
                    depth -= opened.Pop();
                    break;
                case CertLangLexer.NOT when tooDeep:
                    if (depth + notRun == MaxDepth)
                    {
                        diagnostics.Add(SyntaxDiagnostics.NestedTooDeeply(source, TokenSpans.SpanOf(token), MaxDepth));
                    }

                    notRun++;
                    Hide(token);
                    continue;
                case CertLangLexer.NOT:
                    notRun++;
                    continue;
            }

            notRun = 0;
        }

        return afterSkipped;
    }

    private static void Hide(IToken token) => ((CommonToken)token).Channel = TokenConstants.HiddenChannel;

}
