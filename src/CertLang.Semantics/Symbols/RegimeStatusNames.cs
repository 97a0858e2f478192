using System.Collections.Immutable;

namespace CertLang.Semantics.Symbols;

/// <summary>
/// The one naming table of <see cref="RegimeStatus"/>: its name in packs, plans and every JSON document
/// (<c>not-required</c>), and its words in sources and in reports people read (<c>not required</c>).
/// </summary>
public static class RegimeStatusNames
{
    private static readonly ImmutableArray<(RegimeStatus Status, string Name, string Words)> Table =
    [
        (RegimeStatus.Required, "required", "required"),
        (RegimeStatus.NotRequired, "not-required", "not required"),
        (RegimeStatus.Undetermined, "undetermined", "undetermined"),
        (RegimeStatus.SatisfiedBy, "satisfied-by", "satisfied by"),
    ];

    /// <summary>Every status's name, in declaration order.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Table.Select(entry => entry.Name)];

    /// <summary>Every status in the words of an <c>expect</c> clause, in declaration order.</summary>
    public static ImmutableArray<string> AllWords { get; } = [.. Table.Select(entry => entry.Words)];

    /// <summary>The status's name in packs and JSON: <c>required</c>, <c>not-required</c>, <c>undetermined</c>, <c>satisfied-by</c>.</summary>
    public static string Name(this RegimeStatus status) => Entry(status).Name;

    /// <summary>The status in words: <c>required</c>, <c>not required</c>, <c>undetermined</c>, <c>satisfied by</c>.</summary>
    public static string Words(this RegimeStatus status) => Entry(status).Words;

    /// <summary>The status named <paramref name="name"/> (as <see cref="Name"/> writes it), or null for no status.</summary>
    public static RegimeStatus? Parse(string? name)
    {
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry.Status;
            }
        }

        return null;
    }

    private static (RegimeStatus Status, string Name, string Words) Entry(RegimeStatus status) =>
        Table.FirstOrDefault(entry => entry.Status == status) is { Name: not null } found
            ? found
            : throw new ArgumentOutOfRangeException(nameof(status), status, "not a regime status");
}
