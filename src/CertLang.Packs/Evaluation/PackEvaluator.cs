using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// Decides regime scopes for products (docs/language.md, "Scope clauses"): a regime applies when at least one include
/// matches and no exclude matches, in three-valued logic, counting only the clauses in force at the date. Every
/// condition of the pack is compiled once, when the evaluator is made; an evaluator is immutable and safe to share
/// between threads.
/// </summary>
public sealed class PackEvaluator
{
    private readonly ConditionCompiler _compiler;
    private readonly Dictionary<string, CompiledRegime> _regimes;
    private readonly Dictionary<PackDuration, CompiledCondition> _durationConditions = new(ReferenceEqualityComparer.Instance);

    /// <summary>Compiles every scope and duration condition of <paramref name="pack"/>.</summary>
    public PackEvaluator(RulePack pack)
    {
        Pack = pack;
        var parents = pack.Categories.ToDictionary(c => c.Name, c => c.Parent, StringComparer.Ordinal);
        _compiler = new ConditionCompiler(pack.Categories.ToDictionary(c => c.Name, c => Ancestors(c.Name, parents), StringComparer.Ordinal));
        _regimes = pack.Regimes.ToDictionary(r => r.Name, r => new CompiledRegime(r, [.. r.Scope.Select(Compile)]), StringComparer.Ordinal);
        foreach (var takes in pack.Regimes.SelectMany(r => r.Steps).SelectMany(s => s.Takes).Where(t => t.When is not null))
        {
            _durationConditions[takes] = _compiler.Compile(takes.When!);
        }
    }

    /// <summary>The pack evaluated.</summary>
    public RulePack Pack { get; }

    /// <summary>
    /// The decision of <paramref name="regime"/> for <paramref name="product"/> at <paramref name="date"/>, with the
    /// regimes it accepts that <paramref name="policy"/> lets stand in for it; a <see cref="KeyNotFoundException"/> for a
    /// regime the pack does not declare.
    /// </summary>
    public RegimeDecision Decide(string regime, ProductFacts product, DateOnly date, AcceptancePolicy policy)
    {
        var compiled = _regimes[regime];
        var scope = DecideScope(compiled, product, date);
        if (scope.Status != RegimeStatus.Required || compiled.Regime.Accepts.IsEmpty)
        {
            return scope;
        }

        var acceptances = ImmutableArray.CreateBuilder<AcceptanceResult>(compiled.Regime.Accepts.Length);
        var satisfied = false;
        foreach (var acceptance in compiled.Regime.Accepts)
        {
            var accepted = _regimes[acceptance.Regime];
            var inForce = acceptance.Window.Contains(date);
            var status = DecideScope(accepted, product, date).Status;
            var considered = policy.Considers(accepted.Regime.Market);
            var standsIn = !satisfied && inForce && considered && status == RegimeStatus.Required;
            satisfied |= standsIn;
            acceptances.Add(new AcceptanceResult(acceptance, inForce, status, considered, standsIn));
        }

        return scope with { Status = satisfied ? RegimeStatus.SatisfiedBy : scope.Status, Acceptances = acceptances.MoveToImmutable() };
    }

    /// <summary>The duration of a step for a product: the first <c>takes</c> whose condition holds (unknown falls through).</summary>
    public PackDuration DurationOf(PackStep step, ProductFacts product)
    {
        var ignored = new HashSet<string>();
        foreach (var takes in step.Takes)
        {
            if (takes.When is null || _durationConditions[takes](product, ignored) == Tri.True)
            {
                return takes;
            }
        }

        return step.Takes[^1];
    }

    /// <summary>What the scope alone decides: include AND NOT exclude over the rules in force, in three-valued logic.</summary>
    private static RegimeDecision DecideScope(CompiledRegime compiled, ProductFacts product, DateOnly date)
    {
        var definition = compiled.Regime;
        var inForce = definition.Window.Contains(date);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var rules = ImmutableArray.CreateBuilder<RuleResult>(compiled.Rules.Length);
        var included = Tri.False;
        var excluded = Tri.False;
        foreach (var rule in compiled.Rules)
        {
            var counts = inForce && rule.Definition.Window.Contains(date);
            Tri? result = counts ? rule.Matches(product, missing) : null;
            rules.Add(new RuleResult(rule.Definition, rule.Definition.Window.Contains(date), result));
            if (result is not { } value)
            {
                continue;
            }

            if (rule.Definition.Kind == PackScopeRule.Include)
            {
                included = TriLogic.Or(included, value);
            }
            else
            {
                excluded = TriLogic.Or(excluded, value);
            }
        }

        var status = TriLogic.And(included, TriLogic.Not(excluded)) switch
        {
            Tri.True => RegimeStatus.Required,
            Tri.False => RegimeStatus.NotRequired,
            _ => RegimeStatus.Undetermined,
        };
        return new RegimeDecision(definition, date, status, rules.MoveToImmutable(), included, excluded,
            status == RegimeStatus.Undetermined ? [.. missing] : [], []);
    }

    private CompiledRule Compile(PackScopeRule rule)
    {
        var where = rule.Where is null ? null : _compiler.Compile(rule.Where);
        return new CompiledRule(rule, where, _compiler);
    }

    private static ImmutableHashSet<string> Ancestors(string category, Dictionary<string, string?> parents)
    {
        var ancestors = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        for (string? current = category; current is not null && ancestors.Add(current); current = parents.GetValueOrDefault(current))
        {
        }

        return ancestors.ToImmutable();
    }

    private sealed record CompiledRegime(PackRegime Regime, ImmutableArray<CompiledRule> Rules);

    private sealed record CompiledRule(PackScopeRule Definition, CompiledCondition? Where, ConditionCompiler Compiler)
    {
        public Tri Matches(ProductFacts product, ISet<string> missing)
        {
            var targets = Targets(product, missing);
            return targets == Tri.False || Where is null ? targets : TriLogic.And(targets, Where(product, missing));
        }

        private Tri Targets(ProductFacts product, ISet<string> missing)
        {
            if (Definition.Categories.IsEmpty && Definition.Hs.IsEmpty)
            {
                return Tri.True;
            }

            var result = Tri.False;
            foreach (var category in Definition.Categories)
            {
                result = TriLogic.Or(result, Compiler.IsWithin(product, category, missing));
            }

            foreach (var prefix in Definition.Hs)
            {
                result = TriLogic.Or(result, ConditionCompiler.IsUnder(product, prefix, missing));
            }

            return result;
        }
    }
}
