using CertLang.Semantics.Symbols;

namespace CertLang.Semantics.Binding;

/// <summary>
/// Finds conditions that no product can satisfy: a <c>false</c>, contradictory bounds on one attribute
/// (<c>v &gt;= 1000 V and v &lt; 50 V</c>), or two different values required of one attribute. Sound, not complete:
/// what it cannot decide it takes as satisfiable.
/// </summary>
internal static class Satisfiability
{
    /// <summary>Why no product satisfies <paramref name="condition"/>, or null when one may.</summary>
    public static Contradiction? WhyNever(BoundCondition condition) => condition switch
    {
        BoundConstant { Value: false } => new AlwaysFalse(),
        BoundBinaryCondition { Operator: LogicalOperator.Or } or => WhyNever(or.Left) is { } left && WhyNever(or.Right) is not null ? left : null,
        BoundBinaryCondition { Operator: LogicalOperator.And } => Conjunction(condition),
        _ => null,
    };

    private static Contradiction? Conjunction(BoundCondition condition)
    {
        var terms = new List<BoundCondition>();
        Flatten(condition, terms);
        foreach (var term in terms)
        {
            if (term is not BoundComparison and not BoundMembership && WhyNever(term) is { } reason)
            {
                return reason;
            }
        }

        foreach (var group in terms.OfType<BoundComparison>().GroupBy(c => c.Attribute))
        {
            if (ContradictoryBounds(group.Key, [.. group]) is { } bounds)
            {
                return bounds;
            }
        }

        foreach (var group in terms.Where(t => t is BoundComparison { Operator: ComparisonOperator.Equal } or BoundMembership).GroupBy(AttributeOf))
        {
            if (DisjointValues(group.Key, [.. group]) is { } values)
            {
                return values;
            }
        }

        return null;
    }

    private static void Flatten(BoundCondition condition, List<BoundCondition> terms)
    {
        var stack = new Stack<BoundCondition>();
        stack.Push(condition);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is BoundBinaryCondition { Operator: LogicalOperator.And } and)
            {
                stack.Push(and.Right);
                stack.Push(and.Left);
            }
            else
            {
                terms.Add(current);
            }
        }
    }

    private static AttributeSymbol AttributeOf(BoundCondition term) => term switch
    {
        BoundComparison comparison => comparison.Attribute,
        _ => ((BoundMembership)term).Attribute,
    };

    private static EmptyBounds? ContradictoryBounds(AttributeSymbol attribute, List<BoundComparison> comparisons)
    {
        BoundComparison? lower = null, upper = null;
        foreach (var comparison in comparisons)
        {
            if (Key(comparison.Value) is not { } value)
            {
                continue;
            }

            if (comparison.Operator is ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual or ComparisonOperator.Equal
                && (lower is null || value > Key(lower.Value) || (value == Key(lower.Value) && IsStrict(comparison))))
            {
                lower = comparison;
            }

            if (comparison.Operator is ComparisonOperator.Less or ComparisonOperator.LessOrEqual or ComparisonOperator.Equal
                && (upper is null || value < Key(upper.Value) || (value == Key(upper.Value) && IsStrict(comparison))))
            {
                upper = comparison;
            }
        }

        if (lower is null || upper is null || ReferenceEquals(lower, upper))
        {
            return null;
        }

        var low = Key(lower.Value)!.Value;
        var high = Key(upper.Value)!.Value;
        var empty = low > high || (low == high && (IsStrict(lower) || IsStrict(upper)));
        return empty ? new EmptyBounds(attribute, lower, upper) : null;
    }

    private static NoCommonValue? DisjointValues(AttributeSymbol attribute, List<BoundCondition> terms)
    {
        HashSet<BoundValue>? allowed = null;
        foreach (var term in terms)
        {
            var values = term is BoundComparison comparison ? [comparison.Value] : ((BoundMembership)term).Values.ToList();
            allowed = allowed is null ? [.. values] : [.. allowed.Intersect(values)];
        }

        return allowed is { Count: 0 } ? new NoCommonValue(attribute) : null;
    }

    private static bool IsStrict(BoundComparison comparison) => comparison.Operator is ComparisonOperator.Greater or ComparisonOperator.Less;

    private static decimal? Key(BoundValue value) => value switch
    {
        QuantityValue quantity => quantity.BaseValue,
        NumberValue number => number.Value,
        DateValue date => date.Value.DayNumber,
        _ => null,
    };
}
