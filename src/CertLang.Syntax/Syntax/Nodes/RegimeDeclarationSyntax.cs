using System.Collections.Immutable;

namespace CertLang.Syntax;

/// <summary><c>regime NAME in MARKET { … }</c>: a national certification regime.</summary>
public sealed class RegimeDeclarationSyntax : DeclarationSyntax
{
    internal RegimeDeclarationSyntax(SyntaxToken regimeKeyword, SyntaxToken name, SyntaxToken inKeyword, NameSyntax market,
        SyntaxToken openBrace, ImmutableArray<RegimeClauseSyntax> clauses, SyntaxToken closeBrace)
        : base(SyntaxKind.RegimeDeclaration, regimeKeyword, name, inKeyword, market, openBrace, clauses, closeBrace)
    {
        RegimeKeyword = regimeKeyword;
        Name = name;
        InKeyword = inKeyword;
        Market = market;
        OpenBrace = openBrace;
        Clauses = clauses;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>regime</c> keyword.</summary>
    public SyntaxToken RegimeKeyword { get; }

    /// <summary>The regime's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The <c>in</c> keyword.</summary>
    public SyntaxToken InKeyword { get; }

    /// <summary>The market the regime belongs to.</summary>
    public NameSyntax Market { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The clauses, in source order.</summary>
    public ImmutableArray<RegimeClauseSyntax> Clauses { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary>A clause of a regime's body.</summary>
public abstract class RegimeClauseSyntax : SyntaxNode
{
    private protected RegimeClauseSyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }
}

/// <summary><c>title</c>, <c>authority</c>, <c>mark</c>, <c>basis</c> or <c>source</c> followed by a string.</summary>
public sealed class TextClauseSyntax : RegimeClauseSyntax
{
    internal TextClauseSyntax(SyntaxToken keyword, SyntaxToken value)
        : base(SyntaxKind.TextClause, keyword, value)
    {
        Keyword = keyword;
        Value = value;
    }

    /// <summary>The keyword that says which text this is.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary>The string.</summary>
    public SyntaxToken Value { get; }
}

/// <summary><c>route certification</c>: how conformity is shown.</summary>
public sealed class RouteClauseSyntax : RegimeClauseSyntax
{
    internal RouteClauseSyntax(SyntaxToken routeKeyword, SyntaxToken route)
        : base(SyntaxKind.RouteClause, routeKeyword, route)
    {
        RouteKeyword = routeKeyword;
        Route = route;
    }

    /// <summary>The <c>route</c> keyword.</summary>
    public SyntaxToken RouteKeyword { get; }

    /// <summary>The route's name.</summary>
    public SyntaxToken Route { get; }
}

/// <summary><c>validity 5 years</c>: how long a certificate is valid.</summary>
public sealed class ValidityClauseSyntax : RegimeClauseSyntax
{
    internal ValidityClauseSyntax(SyntaxToken validityKeyword, DurationSyntax duration)
        : base(SyntaxKind.ValidityClause, validityKeyword, duration)
    {
        ValidityKeyword = validityKeyword;
        Duration = duration;
    }

    /// <summary>The <c>validity</c> keyword.</summary>
    public SyntaxToken ValidityKeyword { get; }

    /// <summary>The validity period.</summary>
    public DurationSyntax Duration { get; }
}

/// <summary><c>effective DATE</c> or <c>until DATE</c>: when the regime applies.</summary>
public sealed class DateClauseSyntax : RegimeClauseSyntax
{
    internal DateClauseSyntax(SyntaxToken keyword, SyntaxToken date)
        : base(SyntaxKind.DateClause, keyword, date)
    {
        Keyword = keyword;
        Date = date;
    }

    /// <summary>The <c>effective</c> or <c>until</c> keyword.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary>The date.</summary>
    public SyntaxToken Date { get; }
}

/// <summary><c>surveillance "title" every 12 months</c>: follow-up checks after certification.</summary>
public sealed class SurveillanceClauseSyntax : RegimeClauseSyntax
{
    internal SurveillanceClauseSyntax(SyntaxToken surveillanceKeyword, SyntaxToken? title, SyntaxToken everyKeyword, DurationSyntax interval)
        : base(SyntaxKind.SurveillanceClause, surveillanceKeyword, title, everyKeyword, interval)
    {
        SurveillanceKeyword = surveillanceKeyword;
        Title = title;
        EveryKeyword = everyKeyword;
        Interval = interval;
    }

    /// <summary>The <c>surveillance</c> keyword.</summary>
    public SyntaxToken SurveillanceKeyword { get; }

    /// <summary>The title string, if any.</summary>
    public SyntaxToken? Title { get; }

    /// <summary>The <c>every</c> keyword.</summary>
    public SyntaxToken EveryKeyword { get; }

    /// <summary>The interval between checks.</summary>
    public DurationSyntax Interval { get; }
}

/// <summary><c>requires R</c>: regimes whose process must finish before this one starts.</summary>
public sealed class RequiresClauseSyntax : RegimeClauseSyntax
{
    internal RequiresClauseSyntax(SyntaxToken requiresKeyword, SeparatedSyntaxList<NameSyntax> regimes)
        : base(SyntaxKind.RequiresClause, requiresKeyword, regimes)
    {
        RequiresKeyword = requiresKeyword;
        Regimes = regimes;
    }

    /// <summary>The <c>requires</c> keyword.</summary>
    public SyntaxToken RequiresKeyword { get; }

    /// <summary>The required regimes.</summary>
    public SeparatedSyntaxList<NameSyntax> Regimes { get; }
}

/// <summary><c>accepts R takes D until DATE</c>: regimes whose compliance satisfies this one, after a recognition step of D.</summary>
public sealed class AcceptsClauseSyntax : RegimeClauseSyntax
{
    internal AcceptsClauseSyntax(SyntaxToken acceptsKeyword, SeparatedSyntaxList<NameSyntax> regimes, TakesClauseSyntax? takes, FromClauseSyntax? from, UntilClauseSyntax? until)
        : base(SyntaxKind.AcceptsClause, acceptsKeyword, regimes, takes, from, until)
    {
        AcceptsKeyword = acceptsKeyword;
        Regimes = regimes;
        Takes = takes;
        From = from;
        Until = until;
    }

    /// <summary>The <c>accepts</c> keyword.</summary>
    public SyntaxToken AcceptsKeyword { get; }

    /// <summary>The accepted regimes.</summary>
    public SeparatedSyntaxList<NameSyntax> Regimes { get; }

    /// <summary>How long recognising an accepted regime's certificate takes (<c>takes 2..4 weeks</c>, never with <c>when</c>), if given.</summary>
    public TakesClauseSyntax? Takes { get; }

    /// <summary>The first day of acceptance, if limited.</summary>
    public FromClauseSyntax? From { get; }

    /// <summary>The last day of acceptance, if limited.</summary>
    public UntilClauseSyntax? Until { get; }
}
