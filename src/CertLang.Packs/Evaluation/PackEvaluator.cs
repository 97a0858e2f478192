using System.Collections.Immutable;
using CertLang.Packs.Model;

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

    /// <summary>The scope decision of <paramref name="regime"/> for <paramref name="product"/> at <paramref name="date"/>.</summary>
    public RegimeEvaluation Evaluate(string regime, ProductFacts product, DateOnly date)
    {
        var compiled = _regimes[regime];
        var definition = compiled.Regime;
        if (!definition.Window.Contains(date))
        {
            var window = $"regime {definition.Name} is in force {definition.Window}";
            return new RegimeEvaluation(regime, ScopeStatus.NotRequired, [new ClauseResult(window, definition.Location, Tri.False)], []);
        }

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var reasons = ImmutableArray.CreateBuilder<ClauseResult>();
        var included = Tri.False;
        var excluded = Tri.False;
        foreach (var rule in compiled.Rules.Where(r => r.Definition.Window.Contains(date)))
        {
            var result = rule.Matches(product, missing);
            reasons.Add(new ClauseResult(rule.Definition.Text, rule.Definition.Location, result));
            if (rule.Definition.Kind == "include")
            {
                included = TriLogic.Or(included, result);
            }
            else
            {
                excluded = TriLogic.Or(excluded, result);
            }
        }

        var applies = TriLogic.And(included, TriLogic.Not(excluded));
        var status = applies switch
        {
            Tri.True => ScopeStatus.Required,
            Tri.False => ScopeStatus.NotRequired,
            _ => ScopeStatus.Undetermined,
        };
        return new RegimeEvaluation(regime, status, reasons.ToImmutable(), status == ScopeStatus.Undetermined ? [.. missing] : []);
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
