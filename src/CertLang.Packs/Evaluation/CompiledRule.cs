using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>A scope rule compiled over slots: its categories as pre-order intervals, its HS codes as prefix indices, its <c>where</c> as a slot condition.</summary>
internal sealed class CompiledRule
{
    private readonly int _categorySlot;
    private readonly int _hsSlot;
    private readonly int[] _firsts;
    private readonly int[] _ends;
    private readonly int[] _prefixes;
    private readonly SlotCondition? _where;
    private readonly bool _always;

    public CompiledRule(PackScopeRule definition, FactLayout layout, ConditionCompiler compiler)
    {
        Definition = definition;
        IsInclude = definition.Kind == PackScopeRule.Include;
        _categorySlot = layout.CategorySlot;
        _hsSlot = layout.HsSlot;
        var intervals = definition.Categories.Select(layout.Interval).ToArray();
        _firsts = [.. intervals.Select(i => i.First)];
        _ends = [.. intervals.Select(i => i.End)];
        _prefixes = [.. definition.Hs.Select(layout.Prefix)];
        _where = definition.Where is null ? null : compiler.Compile(definition.Where);
        _always = definition.Window.IsAlways;
    }

    public PackScopeRule Definition { get; }

    public bool IsInclude { get; }

    public bool InForce(DateOnly date) => _always || Definition.Window.Contains(date);

    /// <summary>Whether the rule matches: its targets (any category or HS code; none means every product), then its <c>where</c>.</summary>
    public Tri Matches(PreparedProduct product, ref MissingAttributes missing)
    {
        var targets = Targets(product, ref missing);
        return targets == Tri.False || _where is null ? targets : TriLogic.And(targets, _where.Evaluate(product, ref missing));
    }

    private Tri Targets(PreparedProduct product, ref MissingAttributes missing)
    {
        if (_firsts.Length == 0 && _prefixes.Length == 0)
        {
            return Tri.True;
        }

        var result = Tri.False;
        for (var i = 0; i < _firsts.Length; i++)
        {
            result = TriLogic.Or(result, CategoryCondition.Within(product, _categorySlot, _firsts[i], _ends[i], ref missing));
        }

        foreach (var prefix in _prefixes)
        {
            result = TriLogic.Or(result, HsCondition.Under(product, _hsSlot, prefix, ref missing));
        }

        return result;
    }
}
