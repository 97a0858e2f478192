using System.Collections.Immutable;
using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>A condition compiled to a delegate: evaluates a product, adding the attributes it lacked to <c>missing</c>.</summary>
public delegate Tri CompiledCondition(ProductFacts product, ISet<string> missing);

/// <summary>Compiles pack conditions once into delegates, so that evaluating a product runs no interpretation of the JSON model.</summary>
internal sealed class ConditionCompiler(IReadOnlyDictionary<string, ImmutableHashSet<string>> categoryAncestors)
{
    /// <summary>The delegate for <paramref name="condition"/>.</summary>
    public CompiledCondition Compile(PackCondition condition) => condition.Op switch
    {
        "and" => Fold(condition.Args!.Value, TriLogic.And, Tri.False),
        "or" => Fold(condition.Args!.Value, TriLogic.Or, Tri.True),
        "not" => Negate(Compile(condition.Args!.Value[0])),
        "compare" => Compare(condition.Attribute!, condition.Comparison!, condition.Value!),
        "in" => Membership(condition.Attribute!, condition.Values!.Value),
        "is" => CategoryTest(condition.Category!),
        "under" => HsTest(condition.Hs!),
        "attribute" => AttributeTest(condition.Attribute!),
        "constant" => Constant(condition.Constant!.Value),
        var op => throw new InvalidOperationException($"unknown condition '{op}' in a pack that passed validation (RulePackValidator)"),
    };

    /// <summary>Whether the product's category is <paramref name="category"/> or below it; unknown without a category.</summary>
    public Tri IsWithin(ProductFacts product, string category, ISet<string> missing)
    {
        if (product["category"]?.Text is not { } productCategory)
        {
            missing.Add("category");
            return Tri.Unknown;
        }

        return TriLogic.Of(categoryAncestors.TryGetValue(productCategory, out var ancestors) && ancestors.Contains(category));
    }

    /// <summary>Whether the product's HS code starts with <paramref name="prefix"/>; unknown without an HS code.</summary>
    public static Tri IsUnder(ProductFacts product, string prefix, ISet<string> missing)
    {
        if (product["hs"]?.Text is not { } digits)
        {
            missing.Add("hs");
            return Tri.Unknown;
        }

        return TriLogic.Of(digits.StartsWith(prefix, StringComparison.Ordinal));
    }

    private CompiledCondition Fold(ImmutableArray<PackCondition> args, Func<Tri, Tri, Tri> combine, Tri decisive)
    {
        var compiled = args.Select(Compile).ToArray();
        return (product, missing) =>
        {
            var result = TriLogic.Not(decisive);
            foreach (var arg in compiled)
            {
                result = combine(result, arg(product, missing));
                if (result == decisive)
                {
                    return result;
                }
            }

            return result;
        };
    }

    private static CompiledCondition Negate(CompiledCondition operand) => (product, missing) => TriLogic.Not(operand(product, missing));

    private static CompiledCondition Compare(string attribute, string comparison, PackValue value) => (product, missing) =>
    {
        if (product[attribute] is not { } actual)
        {
            missing.Add(attribute);
            return Tri.Unknown;
        }

        var order = Order(actual, value);
        return TriLogic.Of(comparison switch
        {
            "==" => order == 0,
            "!=" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        });
    };

    private static CompiledCondition Membership(string attribute, ImmutableArray<PackValue> values) => (product, missing) =>
    {
        if (product[attribute] is not { } actual)
        {
            missing.Add(attribute);
            return Tri.Unknown;
        }

        return TriLogic.Of(values.Any(v => Order(actual, v) == 0));
    };

    private CompiledCondition CategoryTest(string category) => (product, missing) => IsWithin(product, category, missing);

    private static CompiledCondition HsTest(string prefix) => (product, missing) => IsUnder(product, prefix, missing);

    private static CompiledCondition AttributeTest(string attribute) => (product, missing) =>
    {
        if (product[attribute]?.Bool is not { } value)
        {
            missing.Add(attribute);
            return Tri.Unknown;
        }

        return TriLogic.Of(value);
    };

    private static CompiledCondition Constant(bool value)
    {
        var result = TriLogic.Of(value);
        return (_, _) => result;
    }

    /// <summary>Compares two values of one attribute: numbers by value, booleans, and texts (ISO dates order as text).</summary>
    private static int Order(PackValue actual, PackValue expected) => (actual, expected) switch
    {
        ({ Number: { } a }, { Number: { } b }) => a.CompareTo(b),
        ({ Bool: { } a }, { Bool: { } b }) => a.CompareTo(b),
        ({ Text: { } a }, { Text: { } b }) => string.CompareOrdinal(a, b),
        _ => int.MinValue,
    };
}
