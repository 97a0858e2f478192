using System.Collections.Immutable;
using CertLang.Semantics.Binding;
using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>A test of the pack: a product, a ship date and the statuses expected for regimes.</summary>
public sealed class TestSymbol(TestDeclarationSyntax declaration, string name)
    : Symbol(name, declaration, declaration.Name)
{
    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Test;

    /// <summary>The product's attribute values, by attribute.</summary>
    public ImmutableDictionary<AttributeSymbol, BoundValue> Product { get; internal set; } = ImmutableDictionary<AttributeSymbol, BoundValue>.Empty;

    /// <summary>The ship date, if given (else the day the tests run).</summary>
    public DateOnly? Ship { get; internal set; }

    /// <summary>The expectations, in source order.</summary>
    public ImmutableArray<Expectation> Expectations { get; internal set; } = [];
}

/// <summary><c>expect R status</c>.</summary>
public sealed record Expectation(RegimeSymbol Regime, RegimeStatus Status, RegimeSymbol? SatisfiedBy, ExpectClauseSyntax Syntax);
