using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Planning.Documentation;

namespace CertLang.Planning.Diff;

/// <summary>Compares two packs in meaning: their declarations and each regime they share (see <see cref="PackDiff"/>).</summary>
public static class PackDiffer
{
    /// <summary>What changed from <paramref name="old"/> to <paramref name="new"/>; no products are compared.</summary>
    public static PackDiff Compare(RulePack old, RulePack @new)
    {
        var changes = new ChangeList();
        changes.Field("pack name", old.Pack.Name, @new.Pack.Name);
        changes.Field("pack version", old.Pack.Version, @new.Pack.Version);
        changes.Field("pack description", old.Pack.Description, @new.Pack.Description);
        Markets(old, @new, changes);
        Categories(old, @new, changes);
        Attributes(old, @new, changes);
        changes.Items("regime", old.Regimes.Select(r => r.Name), @new.Regimes.Select(r => r.Name));
        return new PackDiff(old.Pack, @new.Pack, changes.ToImmutable(), Regimes(old, @new), Products: null);
    }

    private static void Markets(RulePack old, RulePack @new, ChangeList changes)
    {
        changes.Items("market", old.Markets.Select(m => m.Name), @new.Markets.Select(m => m.Name));
        foreach (var (before, after) in Common(old.Markets, @new.Markets, m => m.Name))
        {
            changes.Field($"market {after.Name} title", before.Title, after.Title);
            changes.Items($"market {after.Name} member", before.Members, after.Members);
        }
    }

    private static void Categories(RulePack old, RulePack @new, ChangeList changes)
    {
        changes.Items("category", old.Categories.Select(c => c.Name), @new.Categories.Select(c => c.Name));
        foreach (var (before, after) in Common(old.Categories, @new.Categories, c => c.Name))
        {
            changes.Field($"category {after.Name} title", before.Title, after.Title);
            changes.Field($"category {after.Name} parent", before.Parent, after.Parent);
            changes.Items($"category {after.Name} hs", before.Hs, after.Hs);
        }
    }

    private static void Attributes(RulePack old, RulePack @new, ChangeList changes)
    {
        changes.Items("attribute", old.Attributes.Select(a => a.Name), @new.Attributes.Select(a => a.Name));
        foreach (var (before, after) in Common(old.Attributes, @new.Attributes, a => a.Name))
        {
            changes.Field($"attribute {after.Name} type", AttributeTypeText.Of(before), AttributeTypeText.Of(after));
        }
    }

    private static ImmutableArray<RegimeDiff> Regimes(RulePack old, RulePack @new)
    {
        var oldConditions = new ConditionText(old.Attributes);
        var newConditions = new ConditionText(@new.Attributes);
        return
        [
            .. Common(old.Regimes, @new.Regimes, r => r.Name)
                .Select(pair => RegimeDiffer.Compare(pair.Old, oldConditions, pair.New, newConditions))
                .Where(diff => !diff.Changes.IsEmpty),
        ];
    }

    /// <summary>The declarations both packs have, by name, in the new pack's order.</summary>
    private static IEnumerable<(T Old, T New)> Common<T>(ImmutableArray<T> old, ImmutableArray<T> @new, Func<T, string> name)
    {
        var byName = old.ToDictionary(name, StringComparer.Ordinal);
        return @new.Where(item => byName.ContainsKey(name(item))).Select(item => (byName[name(item)], item));
    }
}
