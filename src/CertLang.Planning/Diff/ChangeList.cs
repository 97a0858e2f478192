using System.Collections.Immutable;

namespace CertLang.Planning.Diff;

/// <summary>Collects the changes between two versions of something, field by field and list by list.</summary>
internal sealed class ChangeList
{
    private readonly ImmutableArray<Change>.Builder _changes = ImmutableArray.CreateBuilder<Change>();

    /// <summary>The changes collected, in the order they were found.</summary>
    public ImmutableArray<Change> ToImmutable() => _changes.ToImmutable();

    /// <summary>Adds a change when the two values of <paramref name="subject"/> differ.</summary>
    public void Field(string subject, string? old, string? @new)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal))
        {
            _changes.Add(new Change(subject, old, @new));
        }
    }

    /// <summary>Adds each item only <paramref name="old"/> has as removed, then each only <paramref name="new"/> has as added.</summary>
    public void Items(string subject, IEnumerable<string> old, IEnumerable<string> @new)
    {
        var oldItems = old.Distinct(StringComparer.Ordinal).ToList();
        var newItems = @new.Distinct(StringComparer.Ordinal).ToList();
        foreach (var removed in oldItems.Except(newItems, StringComparer.Ordinal))
        {
            _changes.Add(new Change(subject, removed, null));
        }

        foreach (var added in newItems.Except(oldItems, StringComparer.Ordinal))
        {
            _changes.Add(new Change(subject, null, added));
        }
    }

    /// <summary>Adds a change found by other means.</summary>
    public void Add(Change change) => _changes.Add(change);
}
