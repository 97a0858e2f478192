using System.Collections.Immutable;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Binding;

/// <summary>The result of binding a pack: its symbols, in declaration order, and the semantic diagnostics.</summary>
internal sealed record BoundPack(
    PackSymbol? Pack,
    ImmutableArray<AttributeSymbol> Attributes,
    ImmutableArray<CategorySymbol> Categories,
    ImmutableArray<MarketSymbol> Markets,
    ImmutableArray<RegimeSymbol> Regimes,
    ImmutableArray<TestSymbol> Tests,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableDictionary<SyntaxToken, Symbol> References);
