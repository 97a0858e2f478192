using System.Collections.Immutable;

namespace CertLang.Syntax;

/// <summary><c>scope { include … exclude … }</c>: which products a regime covers.</summary>
public sealed class ScopeBlockSyntax : RegimeClauseSyntax
{
    internal ScopeBlockSyntax(SyntaxToken scopeKeyword, SyntaxToken openBrace, ImmutableArray<ScopeClauseSyntax> clauses, SyntaxToken closeBrace)
        : base(SyntaxKind.ScopeBlock, scopeKeyword, openBrace, clauses, closeBrace)
    {
        ScopeKeyword = scopeKeyword;
        OpenBrace = openBrace;
        Clauses = clauses;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>scope</c> keyword.</summary>
    public SyntaxToken ScopeKeyword { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The include and exclude clauses.</summary>
    public ImmutableArray<ScopeClauseSyntax> Clauses { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary><c>include household_appliance, hs 8504.40 where COND from DATE until DATE</c>, or the same with <c>exclude</c>.</summary>
public sealed class ScopeClauseSyntax : SyntaxNode
{
    internal ScopeClauseSyntax(SyntaxToken keyword, SeparatedSyntaxList<ScopeTargetSyntax> targets, WhereClauseSyntax? where,
        FromClauseSyntax? from, UntilClauseSyntax? until)
        : base(SyntaxKind.ScopeClause, keyword, targets, where, from, until)
    {
        Keyword = keyword;
        Targets = targets;
        Where = where;
        From = from;
        Until = until;
    }

    /// <summary>The <c>include</c> or <c>exclude</c> keyword.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary>Whether this is an <c>include</c>.</summary>
    public bool IsInclude => Keyword.Kind == SyntaxKind.IncludeKeyword;

    /// <summary>The categories and HS prefixes named, possibly none.</summary>
    public SeparatedSyntaxList<ScopeTargetSyntax> Targets { get; }

    /// <summary>The condition, if any.</summary>
    public WhereClauseSyntax? Where { get; }

    /// <summary>The first day the clause applies, if limited.</summary>
    public FromClauseSyntax? From { get; }

    /// <summary>The last day the clause applies, if limited.</summary>
    public UntilClauseSyntax? Until { get; }
}

/// <summary>What an include or exclude names: a category or an HS prefix.</summary>
public abstract class ScopeTargetSyntax : SyntaxNode
{
    private protected ScopeTargetSyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }
}

/// <summary>A category named by an include or exclude.</summary>
public sealed class CategoryTargetSyntax : ScopeTargetSyntax
{
    internal CategoryTargetSyntax(NameSyntax category)
        : base(SyntaxKind.CategoryTarget, category) => Category = category;

    /// <summary>The category's name.</summary>
    public NameSyntax Category { get; }
}

/// <summary><c>hs 8504.40</c>: an HS prefix named by an include or exclude.</summary>
public sealed class HsTargetSyntax : ScopeTargetSyntax
{
    internal HsTargetSyntax(SyntaxToken hsKeyword, SyntaxToken code)
        : base(SyntaxKind.HsTarget, hsKeyword, code)
    {
        HsKeyword = hsKeyword;
        Code = code;
    }

    /// <summary>The <c>hs</c> keyword.</summary>
    public SyntaxToken HsKeyword { get; }

    /// <summary>The HS code prefix.</summary>
    public SyntaxToken Code { get; }
}

/// <summary><c>where CONDITION</c></summary>
public sealed class WhereClauseSyntax : SyntaxNode
{
    internal WhereClauseSyntax(SyntaxToken whereKeyword, ConditionSyntax condition)
        : base(SyntaxKind.WhereClause, whereKeyword, condition)
    {
        WhereKeyword = whereKeyword;
        Condition = condition;
    }

    /// <summary>The <c>where</c> keyword.</summary>
    public SyntaxToken WhereKeyword { get; }

    /// <summary>The condition.</summary>
    public ConditionSyntax Condition { get; }
}

/// <summary><c>from DATE</c>: the first day something applies.</summary>
public sealed class FromClauseSyntax : SyntaxNode
{
    internal FromClauseSyntax(SyntaxToken fromKeyword, SyntaxToken date)
        : base(SyntaxKind.FromClause, fromKeyword, date)
    {
        FromKeyword = fromKeyword;
        Date = date;
    }

    /// <summary>The <c>from</c> keyword.</summary>
    public SyntaxToken FromKeyword { get; }

    /// <summary>The date.</summary>
    public SyntaxToken Date { get; }
}

/// <summary><c>until DATE</c>: the last day something applies.</summary>
public sealed class UntilClauseSyntax : SyntaxNode
{
    internal UntilClauseSyntax(SyntaxToken untilKeyword, SyntaxToken date)
        : base(SyntaxKind.UntilClause, untilKeyword, date)
    {
        UntilKeyword = untilKeyword;
        Date = date;
    }

    /// <summary>The <c>until</c> keyword.</summary>
    public SyntaxToken UntilKeyword { get; }

    /// <summary>The date.</summary>
    public SyntaxToken Date { get; }
}
