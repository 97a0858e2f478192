using System.Collections.Immutable;
using CertLang.Semantics.Binding;
using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>
/// One <c>include</c> or <c>exclude</c> of a scope: it matches a product when the product is in one of its categories or
/// under one of its HS prefixes (or it names none), its condition holds (or it has none), and the date is in its window.
/// </summary>
public sealed record ScopeRule(
    bool IsInclude,
    ImmutableArray<CategorySymbol> Categories,
    ImmutableArray<HsCodeValue> HsPrefixes,
    BoundCondition? Where,
    DateOnly? From,
    DateOnly? Until,
    ScopeClauseSyntax Syntax);
