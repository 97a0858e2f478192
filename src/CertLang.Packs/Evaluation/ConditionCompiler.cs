using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>Compiles pack conditions once into slot conditions, so that evaluating a product runs no interpretation of the JSON model and looks up no string.</summary>
internal sealed class ConditionCompiler(FactLayout layout)
{
    /// <summary>The slot condition for <paramref name="condition"/>.</summary>
    public SlotCondition Compile(PackCondition condition) => condition.Op switch
    {
        "and" => new FoldCondition([.. condition.Args!.Value.Select(Compile)], isAnd: true),
        "or" => new FoldCondition([.. condition.Args!.Value.Select(Compile)], isAnd: false),
        "not" => new NotCondition(Compile(condition.Args!.Value[0])),
        "compare" => new CompareCondition(layout.Slot(condition.Attribute!), condition.Comparison!, new SlotConstant(condition.Value!, layout)),
        "in" => new MembershipCondition(layout.Slot(condition.Attribute!), [.. condition.Values!.Value.Select(v => new SlotConstant(v, layout))]),
        "is" => CategoryTest(condition.Category!),
        "under" => new HsCondition(layout.HsSlot, layout.Prefix(condition.Hs!)),
        "attribute" => new AttributeCondition(layout.Slot(condition.Attribute!)),
        "constant" => new ConstantCondition(TriLogic.Of(condition.Constant!.Value)),
        var op => throw new InvalidOperationException($"unknown condition '{op}' in a pack that passed validation (RulePackValidator)"),
    };

    private CategoryCondition CategoryTest(string category)
    {
        var (first, end) = layout.Interval(category);
        return new CategoryCondition(layout.CategorySlot, first, end);
    }
}
