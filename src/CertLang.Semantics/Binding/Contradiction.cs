using CertLang.Semantics.Symbols;

namespace CertLang.Semantics.Binding;

/// <summary>Why no product satisfies a condition, as <see cref="Satisfiability.WhyNever"/> finds it.</summary>
internal abstract record Contradiction;

/// <summary>The condition is <c>false</c>, or needs it to hold.</summary>
internal sealed record AlwaysFalse : Contradiction;

/// <summary><paramref name="Lower"/> and <paramref name="Upper"/> bound <paramref name="Attribute"/> from both sides with nothing between.</summary>
internal sealed record EmptyBounds(AttributeSymbol Attribute, BoundComparison Lower, BoundComparison Upper) : Contradiction;

/// <summary>The condition asks <paramref name="Attribute"/> for values that no one value has at once.</summary>
internal sealed record NoCommonValue(AttributeSymbol Attribute) : Contradiction;
