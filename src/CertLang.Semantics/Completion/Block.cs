using CertLang.Syntax;

namespace CertLang.Semantics.Completion;

/// <summary>The kind of <c>{ … }</c> block a position is in, as completion sees it.</summary>
internal enum Block
{
    /// <summary>The top level of a file.</summary>
    File,

    /// <summary>A regime's body.</summary>
    Regime,

    /// <summary>A <c>scope</c> block.</summary>
    Scope,

    /// <summary>A <c>process</c> block.</summary>
    Process,

    /// <summary>A step's block of <c>takes</c> lines.</summary>
    Step,

    /// <summary>A test's body.</summary>
    Test,

    /// <summary>A test's <c>product</c> block.</summary>
    Product,

    /// <summary>A market's body.</summary>
    Market,

    /// <summary>A category's body.</summary>
    Category,

    /// <summary>The members of an <c>enum</c> type.</summary>
    Enum,

    /// <summary>The values of an <c>in { … }</c> condition.</summary>
    ValueSet,

    /// <summary>A block completion does not know.</summary>
    Other,
}

/// <summary>Finds the innermost block around a position from the lexemes before it, so that unfinished code still has a context.</summary>
internal static class Blocks
{
    /// <summary>The innermost block that is open after <paramref name="lexemes"/>.</summary>
    public static Block Enclosing(IReadOnlyList<Lexeme> lexemes)
    {
        var open = new Stack<Block>();
        for (var i = 0; i < lexemes.Count; i++)
        {
            if (lexemes[i].Kind == SyntaxKind.OpenBraceToken)
            {
                open.Push(Opened(lexemes, i));
            }
            else if (lexemes[i].Kind == SyntaxKind.CloseBraceToken && open.Count > 0)
            {
                open.Pop();
            }
        }

        return open.Count > 0 ? open.Peek() : Block.File;
    }

    /// <summary>The lexemes of the statement that <paramref name="end"/> (exclusive) is in: those on its line after the line's last brace.</summary>
    public static int StatementStart(IReadOnlyList<Lexeme> lexemes, int end, int line)
    {
        var start = end;
        while (start > 0 && lexemes[start - 1].Line == line && lexemes[start - 1].Kind is not (SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken))
        {
            start--;
        }

        return start;
    }

    private static Block Opened(IReadOnlyList<Lexeme> lexemes, int brace)
    {
        var start = StatementStart(lexemes, brace, lexemes[brace].Line);
        var opener = lexemes[start].Text;
        if (brace > 0 && lexemes[brace - 1].Kind == SyntaxKind.InKeyword && lexemes[brace - 1].Line == lexemes[brace].Line)
        {
            var regimeHeaderWithoutMarket = opener == "regime" && brace - start == 3;
            return regimeHeaderWithoutMarket ? Block.Regime : Block.ValueSet;
        }

        if (brace > 0 && lexemes[brace - 1].Kind == SyntaxKind.EnumKeyword)
        {
            return Block.Enum;
        }

        return opener switch
        {
            "regime" => Block.Regime,
            "scope" => Block.Scope,
            "process" => Block.Process,
            "step" => Block.Step,
            "test" => Block.Test,
            "product" => Block.Product,
            "market" => Block.Market,
            "category" => Block.Category,
            _ => Block.Other,
        };
    }
}
