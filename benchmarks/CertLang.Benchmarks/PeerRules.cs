using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using CertLang.Packs.Model;

namespace CertLang.Benchmarks;

/// <summary>
/// The grid pack's scope rules written for the peers, as a developer would hand-write them for <see cref="GridProduct"/>:
/// System.Linq.Expressions trees and RulesEngine lambda-expression strings. Every product attribute is known, so the
/// logic is two-valued; a category test lists the category and its descendants; rule windows are resolved at the date.
/// </summary>
public sealed class PeerRules(RulePack pack, DateOnly date)
{
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!;
    private readonly ParameterExpression _product = Expression.Parameter(typeof(GridProduct), "input1");
    private readonly ILookup<string, string> _children = pack.Categories.Where(c => c.Parent is not null).ToLookup(c => c.Parent!, c => c.Name);

    /// <summary>A regime's rules in force at the date, each as an include or exclude with its tree and its RulesEngine text.</summary>
    public IEnumerable<(bool IsInclude, Expression<Func<GridProduct, bool>> Tree, string Text)> Rules(PackRegime regime) =>
        regime.Window.Contains(date)
            ? regime.Scope.Where(r => r.Window.Contains(date)).Select(r => (r.Kind == PackScopeRule.Include, Expression.Lambda<Func<GridProduct, bool>>(Rule(r), _product), RuleText(r)))
            : [];

    /// <summary>A regime fused into one tree: any include and no exclude.</summary>
    public Expression<Func<GridProduct, bool>> Fused(PackRegime regime)
    {
        var rules = Rules(regime).ToList();
        Expression any(bool include) => rules.Where(r => r.IsInclude == include).Select(r => r.Tree.Body).Aggregate((Expression)Expression.Constant(false), Expression.OrElse);
        return Expression.Lambda<Func<GridProduct, bool>>(Expression.AndAlso(any(true), Expression.Not(any(false))), _product);
    }

    private Expression Rule(PackScopeRule rule)
    {
        var targets = rule.Categories.Select(Category).Concat(rule.Hs.Select(Under)).ToList();
        Expression target = targets.Count == 0 ? Expression.Constant(true) : targets.Aggregate(Expression.OrElse);
        return rule.Where is null ? target : Expression.AndAlso(target, Condition(rule.Where));
    }

    private string RuleText(PackScopeRule rule)
    {
        var targets = rule.Categories.Select(CategoryText).Concat(rule.Hs.Select(h => $"input1.Hs.StartsWith(\"{h}\")")).ToList();
        var target = targets.Count == 0 ? "true" : "(" + string.Join(" || ", targets) + ")";
        return rule.Where is null ? target : $"{target} && {ConditionText(rule.Where)}";
    }

    private Expression Condition(PackCondition condition) => condition.Op switch
    {
        "and" => condition.Args!.Value.Select(Condition).Aggregate(Expression.AndAlso),
        "or" => condition.Args!.Value.Select(Condition).Aggregate(Expression.OrElse),
        "not" => Expression.Not(Condition(condition.Args!.Value[0])),
        "compare" => Compare(Property(condition.Attribute!), condition.Comparison!, Constant(condition.Value!)),
        "in" => condition.Values!.Value.Select(v => (Expression)Expression.Equal(Property(condition.Attribute!), Constant(v))).Aggregate(Expression.OrElse),
        "is" => Category(condition.Category!),
        "under" => Under(condition.Hs!),
        "attribute" => Property(condition.Attribute!),
        _ => Expression.Constant(condition.Constant!.Value),
    };

    private string ConditionText(PackCondition condition) => condition.Op switch
    {
        "and" => "(" + string.Join(" && ", condition.Args!.Value.Select(ConditionText)) + ")",
        "or" => "(" + string.Join(" || ", condition.Args!.Value.Select(ConditionText)) + ")",
        "not" => "!" + ConditionText(condition.Args!.Value[0]),
        "compare" => $"input1.{Pascal(condition.Attribute!)} {condition.Comparison} {ValueText(condition.Value!)}",
        "in" => "(" + string.Join(" || ", condition.Values!.Value.Select(v => $"input1.{Pascal(condition.Attribute!)} == {ValueText(v)}")) + ")",
        "is" => CategoryText(condition.Category!),
        "under" => $"input1.Hs.StartsWith(\"{condition.Hs}\")",
        "attribute" => "input1." + Pascal(condition.Attribute!),
        _ => condition.Constant!.Value ? "true" : "false",
    };

    private static Expression Compare(Expression left, string comparison, Expression right) => comparison switch
    {
        "==" => Expression.Equal(left, right),
        "!=" => Expression.NotEqual(left, right),
        "<" => Expression.LessThan(left, right),
        "<=" => Expression.LessThanOrEqual(left, right),
        ">" => Expression.GreaterThan(left, right),
        _ => Expression.GreaterThanOrEqual(left, right),
    };

    private Expression Category(string category) =>
        Descendants(category).Select(c => (Expression)Expression.Equal(Expression.Property(_product, nameof(GridProduct.Category)), Expression.Constant(c))).Aggregate(Expression.OrElse);

    private string CategoryText(string category) => "(" + string.Join(" || ", Descendants(category).Select(c => $"input1.Category == \"{c}\"")) + ")";

    private Expression Under(string prefix) =>
        Expression.Call(Expression.Property(_product, nameof(GridProduct.Hs)), StartsWith, Expression.Constant(prefix), Expression.Constant(StringComparison.Ordinal));

    private IEnumerable<string> Descendants(string category) => _children[category].SelectMany(Descendants).Prepend(category);

    private Expression Property(string attribute) => Expression.Property(_product, Pascal(attribute));

    private static Expression Constant(PackValue value) => value switch
    {
        { Number: { } number } => Expression.Constant(number),
        { Bool: { } flag } => Expression.Constant(flag),
        _ => Expression.Constant(value.Text),
    };

    private static string ValueText(PackValue value) => value switch
    {
        { Number: { } number } => number.ToString(CultureInfo.InvariantCulture),
        { Bool: { } flag } => flag ? "true" : "false",
        _ => $"\"{value.Text}\"",
    };

    private static string Pascal(string attribute) => string.Concat(attribute.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
