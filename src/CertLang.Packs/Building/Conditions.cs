using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Semantics.Binding;
using CertLang.Semantics.Types;

namespace CertLang.Packs.Building;

/// <summary>Bound conditions and values in the normalised form of the pack: base units, flattened and/or chains.</summary>
internal static class Conditions
{
    /// <summary>The pack form of <paramref name="condition"/>.</summary>
    public static PackCondition Normalise(BoundCondition condition) => condition switch
    {
        BoundBinaryCondition binary => new PackCondition(binary.Operator == LogicalOperator.And ? "and" : "or", Args: Flatten(binary)),
        BoundNotCondition not => new PackCondition("not", Args: [Normalise(not.Operand)]),
        BoundComparison comparison => new PackCondition("compare", Attribute: comparison.Attribute.Name, Comparison: Symbol(comparison.Operator), Value: Value(comparison.Value)),
        BoundMembership membership => new PackCondition("in", Attribute: membership.Attribute.Name, Values: [.. membership.Values.Select(Value)]),
        BoundCategoryTest test => new PackCondition("is", Category: test.Category.Name),
        BoundHsTest test => new PackCondition("under", Hs: test.Prefix.Digits),
        BoundAttributeTest test => new PackCondition("attribute", Attribute: test.Attribute.Name),
        BoundConstant constant => new PackCondition("constant", Constant: constant.Value),
        _ => throw new InvalidOperationException($"a pack is only built from a compilation without errors, but found {condition.GetType().Name}"),
    };

    /// <summary>The pack form of a value.</summary>
    public static PackValue Value(BoundValue value) => value switch
    {
        QuantityValue quantity => new PackValue(Number: Canonical(quantity.BaseValue), Unit: Units.BaseUnit(quantity.Kind)),
        NumberValue number => new PackValue(Number: Canonical(number.Value)),
        BoolValue boolean => new PackValue(Bool: boolean.Value),
        HsCodeValue hs => new PackValue(Text: hs.Digits),
        TextValue text => new PackValue(Text: text.Value),
        EnumValue member => new PackValue(Text: member.Member),
        CategoryValue category => new PackValue(Text: category.Category.Name),
        DateValue date => new PackValue(Text: date.Display),
        _ => throw new InvalidOperationException($"no pack form for {value.GetType().Name}"),
    };

    private static ImmutableArray<PackCondition> Flatten(BoundBinaryCondition root)
    {
        var args = ImmutableArray.CreateBuilder<PackCondition>();
        var stack = new Stack<BoundCondition>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is BoundBinaryCondition binary && binary.Operator == root.Operator)
            {
                stack.Push(binary.Right);
                stack.Push(binary.Left);
            }
            else
            {
                args.Add(Normalise(current));
            }
        }

        return args.ToImmutable();
    }

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    /// <summary>The same number without trailing zeros in its scale (1.000 → 1), so that equal values serialise alike.</summary>
    private static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;
}
