using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CertLang.Semantics.Types;

namespace CertLang.Packs.Model;

/// <summary>A regime of the pack, resolved: texts, validity, dates, scope rules, step graph, surveillance, links and its <c>///</c> doc comment.</summary>
public sealed record PackRegime(
    string Name,
    string Market,
    string? Title,
    string? Authority,
    string? Mark,
    string? Route,
    string? Basis,
    string? Source,
    DurationRange? Validity,
    DateOnly? Effective,
    DateOnly? Until,
    ImmutableArray<PackScopeRule> Scope,
    ImmutableArray<PackStep> Steps,
    ImmutableArray<PackSurveillance> Surveillance,
    ImmutableArray<string> Requires,
    ImmutableArray<PackAcceptance> Accepts,
    SourceLocation Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Doc = null)
{
    /// <summary>The dates the regime is in force, from <see cref="Effective"/> until <see cref="Until"/>.</summary>
    [JsonIgnore]
    public DateWindow Window => new(Effective, Until);
}

/// <summary>An include or exclude: categories and HS prefixes (any matches; none means every product), a condition, a date window.</summary>
public sealed record PackScopeRule(
    string Kind,
    ImmutableArray<string> Categories,
    ImmutableArray<string> Hs,
    PackCondition? Where,
    DateOnly? From,
    DateOnly? Until,
    string Text,
    SourceLocation Location)
{
    /// <summary>The <see cref="Kind"/> of an include.</summary>
    public const string Include = "include";

    /// <summary>The <see cref="Kind"/> of an exclude.</summary>
    public const string Exclude = "exclude";

    /// <summary>The dates the rule is in force, from <see cref="From"/> until <see cref="Until"/>.</summary>
    [JsonIgnore]
    public DateWindow Window => new(From, Until);
}

/// <summary>A step: its predecessors and its durations, tried in order; the last has no condition.</summary>
public sealed record PackStep(string Name, string? Title, ImmutableArray<string> After, ImmutableArray<PackDuration> Takes, SourceLocation Location);

/// <summary>A duration range in calendar time and the condition under which it applies (null for the default, and always for a recognition step).</summary>
public sealed record PackDuration(CalendarDuration Min, CalendarDuration Max, PackCondition? When, SourceLocation Location)
{
    /// <summary>The range from <see cref="Min"/> to <see cref="Max"/>, whose <see cref="DurationRange.Midpoint"/> is the expected duration.</summary>
    [JsonIgnore]
    public DurationRange Range => new(Min, Max);
}

/// <summary>Follow-up checks every <see cref="Every"/> (the shortest figure of the interval written).</summary>
public sealed record PackSurveillance(string? Title, CalendarDuration Every);

/// <summary>
/// A regime accepted in place of this one, within an optional date window; <see cref="Takes"/> is the recognition step
/// planned after that regime's certificate (docs/language.md, "Satisfied by"), null when the clause gives none.
/// </summary>
public sealed record PackAcceptance(
    string Regime,
    DateOnly? From,
    DateOnly? Until,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PackDuration? Takes = null)
{
    /// <summary>The dates the acceptance holds, from <see cref="From"/> until <see cref="Until"/>.</summary>
    [JsonIgnore]
    public DateWindow Window => new(From, Until);
}
