using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace CertLang.Syntax.Parsing;

/// <summary>
/// Reads the children of one ANTLR context left to right, as the grammar rule lists them. Error nodes (tokens
/// the parser skipped or made up) are stepped over: skipped tokens become trivia later, made-up ones are
/// replaced by missing tokens of our own.
/// </summary>
internal sealed class ChildCursor(ParserRuleContext context)
{
    private int _index;

    /// <summary>The next child if it is a context of type <typeparamref name="T"/>.</summary>
    public T? Next<T>()
        where T : ParserRuleContext
    {
        SkipErrorNodes();
        if (_index < context.ChildCount && context.GetChild(_index) is T child)
        {
            _index++;
            return child;
        }

        return null;
    }

    /// <summary>The next child if it is a token of one of <paramref name="types"/>.</summary>
    public IToken? Token(params ReadOnlySpan<int> types)
    {
        SkipErrorNodes();
        if (_index < context.ChildCount && context.GetChild(_index) is ITerminalNode terminal && types.Contains(terminal.Symbol.Type))
        {
            _index++;
            return terminal.Symbol;
        }

        return null;
    }

    private void SkipErrorNodes()
    {
        while (_index < context.ChildCount && context.GetChild(_index) is IErrorNode)
        {
            _index++;
        }
    }
}
