using System.Collections.Immutable;
using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>A market: a country (ISO 3166 alpha-2) or a bloc with member countries.</summary>
public sealed class MarketSymbol(MarketDeclarationSyntax declaration, string? title, ImmutableArray<string> members, ImmutableArray<string> notCovered)
    : Symbol(declaration.Name.Text, declaration, declaration.Name)
{
    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Market;

    /// <summary>The title, if any.</summary>
    public string? Title { get; } = title;

    /// <summary>The member countries of a bloc, in source order; empty for a country.</summary>
    public ImmutableArray<string> Members { get; } = members;

    /// <summary>What the pack says it does not cover in the market (its <c>not covered</c> texts, unescaped), in source order.</summary>
    public ImmutableArray<string> NotCovered { get; } = notCovered;

    /// <summary>Whether the market is a bloc.</summary>
    public bool IsBloc => !Members.IsEmpty;
}
