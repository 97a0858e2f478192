namespace CertLang.Packs.Evaluation;

/// <summary>A compiled condition over a prepared product: its three-valued result, with the attributes it lacked added to the mask.</summary>
internal abstract class SlotCondition
{
    public abstract Tri Evaluate(PreparedProduct product, ref MissingAttributes missing);
}

/// <summary>An <c>and</c> (decisive false) or <c>or</c> (decisive true), stopping at the first decisive operand.</summary>
internal sealed class FoldCondition(SlotCondition[] operands, bool isAnd) : SlotCondition
{
    public override Tri Evaluate(PreparedProduct product, ref MissingAttributes missing)
    {
        var decisive = isAnd ? Tri.False : Tri.True;
        var result = TriLogic.Not(decisive);
        foreach (var operand in operands)
        {
            result = isAnd ? TriLogic.And(result, operand.Evaluate(product, ref missing)) : TriLogic.Or(result, operand.Evaluate(product, ref missing));
            if (result == decisive)
            {
                return result;
            }
        }

        return result;
    }
}

/// <summary>A <c>not</c>.</summary>
internal sealed class NotCondition(SlotCondition operand) : SlotCondition
{
    public override Tri Evaluate(PreparedProduct product, ref MissingAttributes missing) => TriLogic.Not(operand.Evaluate(product, ref missing));
}

/// <summary>A comparison of an attribute with a value: numbers by value, booleans, texts by ordinal (equality by interned integer).</summary>
internal sealed class CompareCondition(int slot, string comparison, SlotConstant value) : SlotCondition
{
    private readonly bool _ordered = comparison is not ("==" or "!=");
    private readonly int _operator = Array.IndexOf(Operators, comparison);
    private static readonly string[] Operators = ["==", "!=", "<", "<=", ">"];

    public override Tri Evaluate(PreparedProduct product, ref MissingAttributes missing)
    {
        ref readonly var actual = ref product.Slots[slot];
        if (!actual.Present)
        {
            missing.Add(slot);
            return Tri.Unknown;
        }

        var order = value.Order(in actual, _ordered);
        return TriLogic.Of(_operator switch
        {
            0 => order == 0,
            1 => order != 0,
            2 => order < 0,
            3 => order <= 0,
            4 => order > 0,
            _ => order >= 0,
        });
    }
}

/// <summary>An <c>in</c>: whether the attribute equals one of the values.</summary>
internal sealed class MembershipCondition(int slot, SlotConstant[] values) : SlotCondition
{
    public override Tri Evaluate(PreparedProduct product, ref MissingAttributes missing)
    {
        ref readonly var actual = ref product.Slots[slot];
        if (!actual.Present)
        {
            missing.Add(slot);
            return Tri.Unknown;
        }

        foreach (var value in values)
        {
            if (value.Order(in actual, ordered: false) == 0)
            {
                return Tri.True;
            }
        }

        return Tri.False;
    }
}

/// <summary>An <c>is</c>: whether the product's category is in the category's pre-order interval.</summary>
internal sealed class CategoryCondition(int categorySlot, int first, int end) : SlotCondition
{
    public override Tri Evaluate(PreparedProduct product, ref MissingAttributes missing) => Within(product, categorySlot, first, end, ref missing);

    public static Tri Within(PreparedProduct product, int categorySlot, int first, int end, ref MissingAttributes missing)
    {
        if (!product.HasCategory)
        {
            missing.Add(categorySlot);
            return Tri.Unknown;
        }

        return TriLogic.Of(product.CategoryOrder >= first && product.CategoryOrder < end);
    }
}

/// <summary>An <c>under</c>: whether the product's HS code starts with the prefix.</summary>
internal sealed class HsCondition(int hsSlot, int prefix) : SlotCondition
{
    public override Tri Evaluate(PreparedProduct product, ref MissingAttributes missing) => Under(product, hsSlot, prefix, ref missing);

    public static Tri Under(PreparedProduct product, int hsSlot, int prefix, ref MissingAttributes missing)
    {
        if (!product.HasHs)
        {
            missing.Add(hsSlot);
            return Tri.Unknown;
        }

        return TriLogic.Of(product.IsUnder(prefix));
    }
}

/// <summary>A boolean attribute used as a condition.</summary>
internal sealed class AttributeCondition(int slot) : SlotCondition
{
    public override Tri Evaluate(PreparedProduct product, ref MissingAttributes missing)
    {
        ref readonly var actual = ref product.Slots[slot];
        if (!actual.HasBool)
        {
            missing.Add(slot);
            return Tri.Unknown;
        }

        return TriLogic.Of(actual.Bool);
    }
}

/// <summary>A <c>true</c> or <c>false</c>.</summary>
internal sealed class ConstantCondition(Tri value) : SlotCondition
{
    public override Tri Evaluate(PreparedProduct product, ref MissingAttributes missing) => value;
}
