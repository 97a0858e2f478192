using CertLang.Packs.Model;
using CertLang.Syntax.Text;

namespace CertLang.Packs.Serialization;

/// <summary>
/// Checks a condition read from a pack file as the compiler would have made it: a known operator with its operands,
/// known attributes, categories and comparisons, values of the attribute's type, and no deeper than
/// <see cref="PackLimits.MaxConditionDepth"/>.
/// </summary>
internal sealed class PackConditionValidator(PackValueShapes shapes, IReadOnlySet<string> categories)
{
    private static readonly HashSet<string> Comparisons = ["==", "!=", "<", "<=", ">", ">="];

    /// <summary>Throws <see cref="RulePackException"/> naming the field at <paramref name="path"/> when the condition is not one the compiler makes.</summary>
    public void Validate(PackCondition condition, string path) => Validate(condition, path, depth: 1);

    private void Validate(PackCondition condition, string path, int depth)
    {
        if (depth > PackLimits.MaxConditionDepth)
        {
            throw RulePackValidator.Refuse(path, $"conditions nest deeper than {PackLimits.MaxConditionDepth} levels");
        }

        switch (condition.Op)
        {
            case "and" or "or" or "not":
                var args = condition.Args is { IsDefault: false } list ? list : throw RulePackValidator.Refuse(path + ".args", "missing");
                if (condition.Op == "not" ? args.Length != 1 : args.Length < 2)
                {
                    throw RulePackValidator.Refuse(path + ".args", condition.Op == "not" ? "'not' takes exactly one condition" : $"'{condition.Op}' takes two conditions or more");
                }

                RulePackValidator.Each(args, path + ".args", (arg, at) => Validate(arg, at, depth + 1));
                break;
            case "compare":
                var compared = Attribute(condition.Attribute, path);
                var comparison = condition.Comparison ?? throw RulePackValidator.Refuse(path + ".comparison", "missing");
                if (!Comparisons.Contains(comparison) || (comparison is not ("==" or "!=") && !shapes.IsOrdered(compared)))
                {
                    throw RulePackValidator.Refuse(path + ".comparison", $"'{DisplayText.Safe(comparison)}' does not compare values of '{DisplayText.Safe(compared)}'");
                }

                Value(compared, condition.Value, path + ".value");
                break;
            case "in":
                var member = Attribute(condition.Attribute, path);
                var values = condition.Values is { IsDefault: false, IsEmpty: false } given ? given : throw RulePackValidator.Refuse(path + ".values", "missing or empty");
                RulePackValidator.Each(values, path + ".values", (value, at) => Value(member, value, at));
                break;
            case "is":
                var category = condition.Category ?? throw RulePackValidator.Refuse(path + ".category", "missing");
                if (!categories.Contains(category))
                {
                    throw RulePackValidator.Refuse(path + ".category", $"unknown category '{DisplayText.Safe(category)}'");
                }

                break;
            case "under":
                if (condition.Hs is not { } hs || !PackValueShapes.IsHsDigits(hs))
                {
                    throw RulePackValidator.Refuse(path + ".hs", "HS digits are expected");
                }

                break;
            case "attribute":
                var tested = Attribute(condition.Attribute, path);
                if (shapes.TypeOf(tested) != "bool")
                {
                    throw RulePackValidator.Refuse(path + ".attribute", $"'{DisplayText.Safe(tested)}' is not a bool attribute");
                }

                break;
            case "constant":
                _ = condition.Constant ?? throw RulePackValidator.Refuse(path + ".constant", "missing");
                break;
            default:
                throw RulePackValidator.Refuse(path + ".op", $"unknown condition '{DisplayText.Safe(condition.Op)}'; one of and, or, not, compare, in, is, under, attribute, constant is expected");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is a value of the attribute.</summary>
    public void Value(string attribute, PackValue? value, string path)
    {
        if (value is null)
        {
            throw RulePackValidator.Refuse(path, "a value is expected, not null");
        }

        if (shapes.Misfit(attribute, value) is { } problem)
        {
            throw RulePackValidator.Refuse(path, problem);
        }
    }

    private string Attribute(string? name, string path)
    {
        var attribute = name ?? throw RulePackValidator.Refuse(path + ".attribute", "missing");
        return shapes.Knows(attribute) ? attribute : throw RulePackValidator.Refuse(path + ".attribute", $"unknown attribute '{DisplayText.Safe(attribute)}'");
    }
}
