using System.Collections.Immutable;
using CertLang.Packs.Model;

namespace CertLang.Planning.Documentation;

/// <summary>The readable reference of a pack, with every text worked out, ready for the Markdown and HTML renderers.</summary>
public sealed record PackReference(
    PackInfo Pack,
    string Hash,
    ImmutableArray<MarketReference> Markets,
    ImmutableArray<RegimeReference> Regimes,
    ImmutableArray<CategoryReference> Categories,
    ImmutableArray<AttributeReference> Attributes);

/// <summary>A market, the members of a bloc, what the pack says it does not cover there, the regimes that apply in it, and its doc comment.</summary>
public sealed record MarketReference(
    string Name,
    string? Title,
    ImmutableArray<string> Members,
    ImmutableArray<string> NotCovered,
    ImmutableArray<MarketRegime> Regimes,
    string? Doc);

/// <summary>A regime that applies in a market: its own (<see cref="Bloc"/> null) or that of a bloc the market is a member of.</summary>
public sealed record MarketRegime(string Regime, string? Bloc);

/// <summary>A regime as the reference shows it: its declaration and the texts made from it.</summary>
/// <param name="Definition">The regime as the pack holds it.</param>
/// <param name="SourceLink">The regime's source when it is a web address (http or https), which the reference links to.</param>
/// <param name="Validity">How long a certificate is valid, if the regime says: <c>5 years</c>, <c>1..5 years (renewals planned at 1 year)</c>.</param>
/// <param name="InForce">The regime's own date window (<c>from 2002-05-01</c>), if it has one.</param>
/// <param name="Scope">The scope rules in pack order.</param>
/// <param name="Steps">The process steps in pack order.</param>
/// <param name="LeadTime">The process end to end, if it has steps.</param>
/// <param name="Surveillance">The follow-up checks: <c>Follow-up factory inspection every 1 year</c>.</param>
/// <param name="Accepts">The regimes accepted in its place, with their recognition steps and windows: <c>LVD takes 2 weeks until 2027-12-31</c>.</param>
public sealed record RegimeReference(
    PackRegime Definition,
    string? SourceLink,
    string? Validity,
    string? InForce,
    ImmutableArray<ScopeSentence> Scope,
    ImmutableArray<StepReference> Steps,
    string? LeadTime,
    ImmutableArray<string> Surveillance,
    ImmutableArray<string> Accepts);

/// <summary>A scope rule in parts: include or exclude, the targets (none: every product), the condition and the date window.</summary>
public sealed record ScopeSentence(bool Include, ImmutableArray<string> Targets, string? Condition, string? Window);

/// <summary>A process step: its predecessors and its durations, conditional ones first and the default last.</summary>
public sealed record StepReference(string Name, string? Title, ImmutableArray<string> After, ImmutableArray<StepDuration> Takes);

/// <summary>One <c>takes</c> line: the duration, and the condition under which it applies (null for the default).</summary>
public sealed record StepDuration(string Duration, string? When);

/// <summary>A category, its HS codes, its subcategories and its doc comment.</summary>
public sealed record CategoryReference(string Name, string? Title, ImmutableArray<string> Hs, ImmutableArray<CategoryReference> Children, string? Doc);

/// <summary>An attribute products are described by, with its type as declared (<c>enum { ac, dc }</c>, <c>voltage (V)</c>) and its doc comment.</summary>
public sealed record AttributeReference(string Name, string Type, bool BuiltIn, string? Doc = null);
