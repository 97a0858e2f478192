using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Diff;

/// <summary>
/// What changed in meaning from one pack to another: the pack's own declarations (<see cref="Changes"/>), each regime
/// present in both that changed (<see cref="Regimes"/>), and, when products were given, their status changes.
/// Source lines, comments and layout are not compared, nor the packs' tests.
/// </summary>
public sealed record PackDiff(PackInfo Old, PackInfo New, ImmutableArray<Change> Changes, ImmutableArray<RegimeDiff> Regimes, ProductDiff? Products)
{
    /// <summary>Whether the packs differ in meaning (the <c>hasDifferences</c> field of <c>certc diff --format json</c>).</summary>
    public bool HasDifferences => !Changes.IsEmpty || !Regimes.IsEmpty;

    /// <summary>
    /// Whether the packs differ in meaning under one name and version, so that plans and built packs cannot tell them apart
    /// and the new one wants a new version (the <c>needsVersionBump</c> field of <c>certc diff --format json</c>).
    /// </summary>
    public bool NeedsVersionBump => HasDifferences && Old.Name == New.Name && Old.Version == New.Version;
}

/// <summary>
/// One change: <see cref="Subject"/> names what changed (<c>regime</c>, <c>route</c>, <c>step type_test takes</c>);
/// an addition has no <see cref="Old"/>, a removal no <see cref="New"/>.
/// </summary>
public sealed record Change(string Subject, string? Old, string? New);

/// <summary>The changes of one regime present in both packs.</summary>
public sealed record RegimeDiff(string Regime, ImmutableArray<Change> Changes);

/// <summary>
/// The products compared, the ship date they were evaluated at, every status that differs between the packs, and every
/// start-by date that differs when the products are planned to every market the two packs share.
/// </summary>
public sealed record ProductDiff(DateOnly Ship, int ProductCount, ImmutableArray<ProductStatusChange> Changes, ImmutableArray<ProductStartChange> Starts);

/// <summary>A product whose plan starts on another day (null: nothing to certify) under the new pack.</summary>
public sealed record ProductStartChange(string Product, DateOnly? Old, DateOnly? New);

/// <summary>
/// A product whose decision for a regime differs: <see cref="Old"/> and <see cref="New"/> are status names
/// (<see cref="RegimeStatusNames"/>), or <see cref="Absent"/> when the regime is not in that pack; for satisfied-by,
/// <see cref="OldSatisfiedBy"/> and <see cref="NewSatisfiedBy"/> name the regime that stands in. <see cref="Missing"/>
/// names what the product lacks when it is newly undetermined.
/// </summary>
public sealed record ProductStatusChange(
    string Product,
    string Regime,
    string Old,
    string New,
    ImmutableArray<string> Missing,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OldSatisfiedBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NewSatisfiedBy = null)
{
    /// <summary>The status of a regime the pack does not have.</summary>
    public const string Absent = "absent";
}
