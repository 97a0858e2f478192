using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Semantics.Binding;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax.Text;

namespace CertLang.Packs.Serialization;

/// <summary>
/// Checks that a pack read from a file holds what the compiler guarantees of every pack it builds: unique names, known
/// references, the right shape of every field, no cycles, durations and dates in range. A hash only proves the file is
/// whole, and anyone can recompute one; so the evaluator and the planner rely on this instead. The first problem is
/// refused with a <see cref="RulePackException"/> that names the field as a JSON path.
/// </summary>
internal sealed class RulePackValidator
{
    private readonly RulePack _pack;
    private readonly HashSet<string> _categories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _markets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _regimes = new(StringComparer.Ordinal);
    private PackValueShapes _shapes = null!;
    private PackConditionValidator _conditions = null!;

    private RulePackValidator(RulePack pack) => _pack = pack;

    /// <summary>Throws <see cref="RulePackException"/> when <paramref name="pack"/> is not a pack the compiler could have built.</summary>
    public static void Validate(RulePack pack) => new RulePackValidator(pack).ValidateAll();

    /// <summary>The refusal of the field at <paramref name="path"/>: <c>regimes[3].steps[1].after[0]: unknown step 'x'</c>.</summary>
    public static RulePackException Refuse(string path, string problem) => new($"{path}: {problem}");

    /// <summary>Runs <paramref name="validate"/> on each item with its path, refusing a missing list or a null item.</summary>
    public static void Each<T>(ImmutableArray<T> items, string path, Action<T, string> validate)
        where T : class
    {
        if (items.IsDefault)
        {
            throw Refuse(path, "a list is expected, not null");
        }

        for (var index = 0; index < items.Length; index++)
        {
            var at = $"{path}[{index}]";
            validate(items[index] ?? throw Refuse(at, "null is not allowed here"), at);
        }
    }

    /// <summary>Refuses the field at <paramref name="path"/> unless <paramref name="holds"/>.</summary>
    public static void Require(bool holds, string path, string problem)
    {
        if (!holds)
        {
            throw Refuse(path, problem);
        }
    }

    private void ValidateAll()
    {
        Name(_pack.Pack.Name, "pack.name");
        Require(_pack.Pack.Version.Length > 0, "pack.version", "a version is expected");
        var attributes = new HashSet<string>(StringComparer.Ordinal);
        Each(_pack.Attributes, "attributes", (attribute, at) => Attribute(attribute, at, attributes));
        Each(_pack.Categories, "categories", (category, at) => Declare(_categories, category.Name, at + ".name", "category"));
        Each(_pack.Categories, "categories", Category);
        var parents = _pack.Categories.ToDictionary(c => c.Name, c => c.Parent, StringComparer.Ordinal);
        Cycle("categories", parents.Keys, name => parents[name] is { } parent ? [parent] : [], "categories are each other's parents");
        Each(_pack.Markets, "markets", Market);
        Each(_pack.Regimes, "regimes", (regime, at) => Declare(_regimes, regime.Name, at + ".name", "regime"));
        _shapes = new PackValueShapes(_pack.Attributes, _categories);
        _conditions = new PackConditionValidator(_shapes, _categories);
        Each(_pack.Regimes, "regimes", Regime);
        var regimes = _pack.Regimes.ToDictionary(r => r.Name, StringComparer.Ordinal);
        Cycle("regimes", regimes.Keys, name => regimes[name].Requires, "regimes require each other");
        Cycle("regimes", regimes.Keys, name => regimes[name].Accepts.Select(a => a.Regime), "regimes accept each other");
        var tests = new HashSet<string>(StringComparer.Ordinal);
        Each(_pack.Tests, "tests", (test, at) => Test(test, at, tests));
    }

    private static void Attribute(PackAttribute attribute, string path, HashSet<string> declared)
    {
        Require(!PackValueShapes.IsBuiltIn(attribute.Name), path + ".name", $"'{attribute.Name}' is built in and cannot be declared");
        Declare(declared, attribute.Name, path + ".name", "attribute");
        Location(attribute.Location, path);
        var isEnum = attribute.Type == "enum";
        var type = AttributeTypes.Named(attribute.Type);
        Require(isEnum || type is not null, path + ".type",
            $"unknown type '{DisplayText.Safe(attribute.Type)}'; one of {DisplayText.List([.. AttributeTypes.Names, "enum"])} is expected");
        var unit = type is QuantityType quantity ? Units.BaseUnit(quantity.Kind) : null;
        Require(attribute.Unit == unit, path + ".unit", unit is null ? "a unit is only given for a quantity" : $"'{unit}' is expected");
        if (!isEnum)
        {
            Require(attribute.Members is null, path + ".members", "members are only given for an enum");
            return;
        }

        var members = attribute.Members is { IsDefault: false, IsEmpty: false } given ? given : throw Refuse(path + ".members", "an enum has one member or more");
        var unique = new HashSet<string>(StringComparer.Ordinal);
        Each(members, path + ".members", (member, at) => Declare(unique, member, at, "member"));
    }

    private void Category(PackCategory category, string path)
    {
        Location(category.Location, path);
        Reference(_categories, category.Parent, path + ".parent", "category");
        Each(category.Hs, path + ".hs", (code, at) => Require(code.Split('.').All(PackValueShapes.IsHsDigits), at, "an HS code is expected, such as 8516.31"));
    }

    private void Market(PackMarket market, string path)
    {
        Declare(_markets, market.Name, path + ".name", "market");
        Location(market.Location, path);
        var members = new HashSet<string>(StringComparer.Ordinal);
        Each(market.Members, path + ".members", (member, at) => Declare(members, member, at, "member"));
    }

    private void Regime(PackRegime regime, string path)
    {
        Location(regime.Location, path);
        Reference(_markets, regime.Market, path + ".market", "market");
        Require(regime.Route is null || RegimeRoutes.All.Contains(regime.Route), path + ".route",
            $"unknown route '{DisplayText.Safe(regime.Route ?? "")}'; one of {DisplayText.List(RegimeRoutes.All)} is expected");

        if (regime.Validity is { } validity)
        {
            Range(validity, path + ".validity");
        }

        Window(regime.Window, path + ".until");
        Each(regime.Scope, path + ".scope", ScopeRule);
        Steps(regime.Steps, path + ".steps");
        Each(regime.Surveillance, path + ".surveillance", (surveillance, at) => Amount(surveillance.Every, at + ".every"));
        Each(regime.Requires, path + ".requires", (name, at) => Reference(_regimes, name, at, "regime"));
        Each(regime.Accepts, path + ".accepts", (acceptance, at) =>
        {
            Reference(_regimes, acceptance.Regime, at + ".regime", "regime");
            if (acceptance.Takes is { } takes)
            {
                Duration(takes, at + ".takes");
                Require(takes.When is null, at + ".takes.when", "a recognition step has no condition");
            }

            Window(acceptance.Window, at + ".until");
        });
    }

    private void ScopeRule(PackScopeRule rule, string path)
    {
        Require(rule.Kind is PackScopeRule.Include or PackScopeRule.Exclude, path + ".kind", $"'{DisplayText.Safe(rule.Kind)}' is neither include nor exclude");
        Location(rule.Location, path);
        Each(rule.Categories, path + ".categories", (name, at) => Reference(_categories, name, at, "category"));
        Each(rule.Hs, path + ".hs", (digits, at) => Require(PackValueShapes.IsHsDigits(digits), at, "HS digits are expected"));
        if (rule.Where is { } where)
        {
            _conditions.Validate(where, path + ".where");
        }

        Window(rule.Window, path + ".until");
    }

    private void Steps(ImmutableArray<PackStep> steps, string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Each(steps, path, (step, at) => Declare(names, step.Name, at + ".name", "step"));
        Each(steps, path, (step, at) =>
        {
            Location(step.Location, at);
            Each(step.After, at + ".after", (name, after) => Reference(names, name, after, "step"));
            Require(step.Takes is not { IsDefault: false, IsEmpty: true }, at + ".takes", "a step takes a duration");
            Each(step.Takes, at + ".takes", (takes, duration) =>
            {
                Duration(takes, duration);
                var isLast = ReferenceEquals(takes, step.Takes[^1]);
                Require(isLast == takes.When is null, duration + ".when",
                    isLast ? "the last duration of a step is its default and has no condition" : "only the last duration of a step is without a condition");
            });
        });
        var byName = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
        Cycle(path, byName.Keys, name => byName[name].After, "steps wait for each other");
    }

    private void Duration(PackDuration duration, string path)
    {
        Location(duration.Location, path);
        Range(duration.Range, path);
        if (duration.When is { } when)
        {
            _conditions.Validate(when, path + ".when");
        }
    }

    private void Range(DurationRange range, string path)
    {
        Amount(range.Minimum, path + ".min");
        Amount(range.Maximum, path + ".max");
        Require(range.Minimum.CompareTo(range.Maximum) <= 0, path, $"the range {range} runs backwards");
    }

    private void Test(PackTest test, string path, HashSet<string> names)
    {
        Require(names.Add(test.Name), path + ".name", $"test '{DisplayText.Safe(test.Name)}' is given twice");
        Location(test.Location, path);
        foreach (var (attribute, value) in test.Product)
        {
            var at = $"{path}.product.{DisplayText.Safe(attribute)}";
            Require(_shapes.Knows(attribute), at, "unknown attribute");
            _conditions.Value(attribute, value, at);
        }

        var expected = new HashSet<string>(StringComparer.Ordinal);
        Each(test.Expect, path + ".expect", (expectation, at) =>
        {
            Location(expectation.Location, at);
            Reference(_regimes, expectation.Regime, at + ".regime", "regime");
            Require(expected.Add(expectation.Regime), at + ".regime", $"regime '{DisplayText.Safe(expectation.Regime)}' is expected twice in this test");
            var status = RegimeStatusNames.Parse(expectation.Status);
            Require(status is not null, at + ".status",
                $"unknown status '{DisplayText.Safe(expectation.Status)}'; one of {DisplayText.List(RegimeStatusNames.Names)} is expected");
            if (status == RegimeStatus.SatisfiedBy)
            {
                Reference(_regimes, expectation.SatisfiedBy ?? throw Refuse(at + ".satisfiedBy", "missing"), at + ".satisfiedBy", "regime");
            }
            else
            {
                Require(expectation.SatisfiedBy is null, at + ".satisfiedBy", $"only given with the status {RegimeStatus.SatisfiedBy.Name()}");
            }
        });
    }

    private static void Declare(HashSet<string> declared, string name, string path, string what)
    {
        Name(name, path);
        Require(declared.Add(name), path, $"{what} '{DisplayText.Safe(name)}' is declared twice");
    }

    private static void Name(string name, string path)
    {
        var valid = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        Require(valid, path, $"'{DisplayText.Safe(name)}' is not a name (letters, digits and _, not starting with a digit)");
    }

    private static void Reference(HashSet<string> declared, string? name, string path, string what)
    {
        Require(name is null || declared.Contains(name), path, $"unknown {what} '{DisplayText.Safe(name ?? "")}'");
    }

    private static void Cycle(string path, IEnumerable<string> nodes, Func<string, IEnumerable<string>> edges, string what)
    {
        if (Cycles.Find([.. nodes], edges, StringComparer.Ordinal) is [var cycle, ..])
        {
            throw Refuse(path, $"{what} in a cycle: {Cycles.Describe(cycle)}");
        }
    }

    /// <summary>An amount of no negative months or days, at most <see cref="DurationRange.MaxDays"/> with a month counted as 30 days.</summary>
    private static void Amount(CalendarDuration amount, string path)
    {
        Require(amount.Months >= 0 && amount.Days >= 0, path, $"{amount.Months} months and {amount.Days} days: neither may be negative");
        Require(amount.ApproximateDays <= DurationRange.MaxDays, path,
            $"{amount} is longer than {DurationRange.MaxDays} days (a month counted as {CalendarDuration.DaysPerMonth})");
    }

    private static void Window(DateWindow window, string path)
    {
        Require(!window.IsEmpty, path, $"the window {window} is empty");
    }

    private static void Location(SourceLocation location, string path)
    {
        Require(location.File.Length > 0 && location.Line >= 1, path + ".location", "a file and a line (1 or more) are expected");
    }
}
