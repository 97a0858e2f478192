using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CertLang.Semantics.Symbols;

namespace CertLang.Packs.Model;

/// <summary>
/// A normalised condition. <see cref="Op"/> is one of <c>and</c>, <c>or</c> (<see cref="Args"/>), <c>not</c> (one arg),
/// <c>compare</c> (<see cref="Attribute"/>, <see cref="Comparison"/>, <see cref="Value"/>), <c>in</c> (<see cref="Values"/>),
/// <c>is</c> (<see cref="Category"/>), <c>under</c> (<see cref="Hs"/>), <c>attribute</c> (a bool attribute) or
/// <c>constant</c> (<see cref="Constant"/>). Quantities are in base units; dates are ISO strings.
/// </summary>
public sealed record PackCondition(
    string Op,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<PackCondition>? Args = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Attribute = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comparison = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PackValue? Value = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<PackValue>? Values = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Hs = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Constant = null);

/// <summary>
/// A value: <see cref="Number"/> for quantities (base unit in <see cref="Unit"/>) and numbers, <see cref="Text"/> for
/// text, enum members, categories, dates (ISO) and HS codes (digits), <see cref="Bool"/> for booleans.
/// </summary>
public sealed record PackValue(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Number = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Bool = null);

/// <summary>A test: the product's values by attribute, the ship date, and the expected statuses.</summary>
public sealed record PackTest(
    string Name,
    ImmutableSortedDictionary<string, PackValue> Product,
    DateOnly? Ship,
    ImmutableArray<PackExpectation> Expect,
    SourceLocation Location);

/// <summary><c>expect R status</c>: <see cref="Status"/> is a status's name (<see cref="RegimeStatusNames"/>), and <see cref="SatisfiedBy"/> names the regime of satisfied-by.</summary>
public sealed record PackExpectation(string Regime, string Status, string? SatisfiedBy, SourceLocation Location)
{
    /// <summary>The status expected; only packs that passed validation are evaluated, so the name is always known.</summary>
    [JsonIgnore]
    public RegimeStatus ExpectedStatus => RegimeStatusNames.Parse(Status)
        ?? throw new InvalidOperationException($"unknown status '{Status}' in a pack that passed validation (RulePackValidator)");
}
