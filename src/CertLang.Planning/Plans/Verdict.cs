using System.Collections.Immutable;

namespace CertLang.Planning.Plans;

/// <summary>What a product's plan comes to (docs/language.md, "Planning: verdicts"); <see cref="VerdictNames"/> is its one naming table.</summary>
public enum Verdict
{
    /// <summary>Every required regime is planned, and the earliest start is not before today.</summary>
    OnTrack,

    /// <summary>The earliest start of the planned regimes is before today: the product cannot ship on the date.</summary>
    Late,

    /// <summary>Not late by what is planned, but some regime is undetermined or required with no lead time: the plan is not the whole story.</summary>
    Incomplete,
}

/// <summary>The names of <see cref="Verdict"/> in JSON and on the command line (<c>on-track</c>, <c>late</c>, <c>incomplete</c>) and its words in reports.</summary>
public static class VerdictNames
{
    private static readonly ImmutableArray<(Verdict Verdict, string Name, string Words)> Table =
    [
        (Verdict.OnTrack, "on-track", "on track"),
        (Verdict.Late, "late", "late"),
        (Verdict.Incomplete, "incomplete", "incomplete"),
    ];

    /// <summary>Every verdict's name, in declaration order.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Table.Select(entry => entry.Name)];

    /// <summary>The verdict's name: <c>on-track</c>, <c>late</c>, <c>incomplete</c>.</summary>
    public static string Name(this Verdict verdict) => Table.First(entry => entry.Verdict == verdict).Name;

    /// <summary>The verdict in words: <c>on track</c>, <c>late</c>, <c>incomplete</c>.</summary>
    public static string Words(this Verdict verdict) => Table.First(entry => entry.Verdict == verdict).Words;

    /// <summary>The verdict named <paramref name="name"/>, or null for none.</summary>
    public static Verdict? Parse(string name) =>
        Table.Where(entry => string.Equals(entry.Name, name, StringComparison.Ordinal)).Select(entry => (Verdict?)entry.Verdict).FirstOrDefault();
}
