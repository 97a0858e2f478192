using System.Collections.Immutable;
using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// How a pack reads a product, fixed when the evaluator is made: every attribute the pack names gets a slot (in ordinal
/// name order, so a missing-attribute mask lists names in order), every text the conditions compare with an integer,
/// every category a pre-order interval (a category's descendants number inside it), and every HS prefix an index.
/// </summary>
internal sealed class FactLayout
{
    private readonly Dictionary<string, int> _slots;
    private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int First, int End)> _categories;
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);

    public FactLayout(RulePack pack, IEnumerable<PackCondition> conditions)
    {
        var conditionList = conditions.SelectMany(Flatten).ToList();
        string[] names = [.. pack.Attributes.Select(a => a.Name)
            .Concat(conditionList.Select(c => c.Attribute).OfType<string>())
            .Append(CategorySlotName).Append(HsSlotName)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Names = [.. names];
        _slots = names.Select((name, slot) => (name, slot)).ToDictionary(p => p.name, p => p.slot, StringComparer.Ordinal);
        CategorySlot = _slots[CategorySlotName];
        HsSlot = _slots[HsSlotName];
        foreach (var value in conditionList.SelectMany(c => c.Values ?? []).Concat(conditionList.Select(c => c.Value).OfType<PackValue>()))
        {
            if (value.Text is { } text)
            {
                _texts.TryAdd(text, _texts.Count);
            }
        }

        _categories = PreOrder(pack.Categories);
        foreach (var prefix in pack.Regimes.SelectMany(r => r.Scope).SelectMany(s => s.Hs).Concat(conditionList.Select(c => c.Hs).OfType<string>()))
        {
            _prefixes.TryAdd(prefix, _prefixes.Count);
        }

        PrefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxPrefixLength = _prefixes.Count == 0 ? -1 : _prefixes.Keys.Max(p => p.Length);
    }

    /// <summary>The attribute of each slot.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The slot of <c>category</c>.</summary>
    public int CategorySlot { get; }

    /// <summary>The slot of <c>hs</c>.</summary>
    public int HsSlot { get; }

    /// <summary>How many HS prefixes the pack tests.</summary>
    public int PrefixCount => _prefixes.Count;

    /// <summary>The longest HS prefix the pack tests (−1 when none).</summary>
    public int MaxPrefixLength { get; }

    /// <summary>The index of an HS prefix, looked up by the start of a product's code.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup { get; }

    private const string CategorySlotName = "category";
    private const string HsSlotName = "hs";

    /// <summary>The slot of an attribute the pack names.</summary>
    public int Slot(string attribute) => _slots[attribute];

    /// <summary>The integer of a text the conditions name, or −1 for any other text.</summary>
    public int TextId(string text) => _texts.GetValueOrDefault(text, -1);

    /// <summary>The pre-order interval of a category: its own number and the end of its descendants'; empty for an unknown one.</summary>
    public (int First, int End) Interval(string category) => _categories.GetValueOrDefault(category, (0, 0));

    /// <summary>The pre-order number of a category, or −1 when the pack does not declare it.</summary>
    public int CategoryOrder(string category) => _categories.TryGetValue(category, out var interval) ? interval.First : -1;

    /// <summary>The index of an HS prefix the pack tests.</summary>
    public int Prefix(string prefix) => _prefixes[prefix];

    private static IEnumerable<PackCondition> Flatten(PackCondition condition) =>
        condition.Args is { } args ? args.SelectMany(Flatten).Prepend(condition) : [condition];

    /// <summary>Numbers the categories depth first from the roots (a category whose parent is not declared is a root).</summary>
    private static Dictionary<string, (int First, int End)> PreOrder(ImmutableArray<PackCategory> categories)
    {
        var declared = categories.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var children = categories.Where(c => c.Parent is { } parent && declared.Contains(parent))
            .ToLookup(c => c.Parent!, c => c.Name, StringComparer.Ordinal);
        var intervals = new Dictionary<string, (int First, int End)>(StringComparer.Ordinal);
        var next = 0;
        var stack = new Stack<(string Name, bool Done)>();
        foreach (var root in categories.Where(c => c.Parent is null || !declared.Contains(c.Parent)).Reverse())
        {
            stack.Push((root.Name, false));
        }

        while (stack.TryPop(out var entry))
        {
            if (entry.Done)
            {
                intervals[entry.Name] = (intervals[entry.Name].First, next);
                continue;
            }

            intervals[entry.Name] = (next++, 0);
            stack.Push((entry.Name, true));
            foreach (var child in children[entry.Name].Reverse())
            {
                stack.Push((child, false));
            }
        }

        return intervals;
    }
}
