using System.Collections.Immutable;
using CertLang.Semantics.Types;
using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>A national certification regime: where it applies, to what, and what its process costs in time.</summary>
public sealed class RegimeSymbol(RegimeDeclarationSyntax declaration, MarketSymbol? market)
    : Symbol(declaration.Name.Text, declaration, declaration.Name)
{
    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Regime;

    /// <summary>The regime's syntax.</summary>
    public RegimeDeclarationSyntax Syntax { get; } = declaration;

    /// <summary>The market it belongs to; null when the market is not declared (an error).</summary>
    public MarketSymbol? Market { get; } = market;

    /// <summary>The <c>title</c>, <c>authority</c>, <c>mark</c>, <c>basis</c> and <c>source</c> texts, by keyword.</summary>
    public ImmutableDictionary<string, string> Texts { get; internal set; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The route: certification, self_declaration or registration.</summary>
    public string? Route { get; internal set; }

    /// <summary>How long a certificate is valid, as its <c>validity</c> states it (a range such as <c>1..5 years</c>, or one figure), if given.</summary>
    public DurationRange? Validity { get; internal set; }

    /// <summary>The first day the regime applies, if limited.</summary>
    public DateOnly? Effective { get; internal set; }

    /// <summary>The last day the regime applies, if limited.</summary>
    public DateOnly? Until { get; internal set; }

    /// <summary>The include and exclude rules of the scope, in source order.</summary>
    public ImmutableArray<ScopeRule> Scope { get; internal set; } = [];

    /// <summary>The steps of the process, in source order.</summary>
    public ImmutableArray<StepSymbol> Steps { get; internal set; } = [];

    /// <summary>The follow-up checks after certification.</summary>
    public ImmutableArray<Surveillance> Surveillance { get; internal set; } = [];

    /// <summary>Regimes whose process must finish before this one starts.</summary>
    public ImmutableArray<RegimeSymbol> Requires { get; internal set; } = [];

    /// <summary>Regimes whose compliance satisfies this one, with the dates of acceptance.</summary>
    public ImmutableArray<Acceptance> Accepts { get; internal set; } = [];

    /// <summary>The text of a <c>title</c>, <c>authority</c>, … clause, if given.</summary>
    public string? Text(string keyword) => Texts.GetValueOrDefault(keyword);
}

/// <summary><c>surveillance "title" every D</c>: <see cref="Interval"/> is the shortest figure of D.</summary>
public sealed record Surveillance(string? Title, CalendarDuration Interval);

/// <summary><c>accepts R takes D from D1 until D2</c>: <see cref="Takes"/> is the recognition step after R's certificate, if given.</summary>
public sealed record Acceptance(RegimeSymbol Regime, DateOnly? From, DateOnly? Until, TakesRule? Takes);

/// <summary>A step's duration when its condition holds (the default has none), or an acceptance's recognition step (never with a condition).</summary>
public sealed record TakesRule(DurationRange Duration, Binding.BoundCondition? When, TakesClauseSyntax Syntax);
