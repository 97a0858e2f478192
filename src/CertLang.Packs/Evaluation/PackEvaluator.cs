using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// Decides regime scopes for products (docs/language.md, "Scope clauses"): a regime applies when at least one include
/// matches and no exclude matches, in three-valued logic, counting only the clauses in force at the date. Every
/// condition of the pack is compiled once, when the evaluator is made, over attribute slots; a product is read into
/// slots once (<see cref="Prepare"/>). <see cref="Decide(string, ProductFacts, DateOnly, AcceptancePolicy)"/> builds the
/// full decision with its rule results; <see cref="Status"/> and <see cref="Statuses(PreparedProduct, RegimeSelection, DateOnly, AcceptancePolicy, Span{RegimeVerdict})"/>
/// give the same status and satisfied-by without allocating. An evaluator is immutable and safe to share between threads.
/// </summary>
public sealed class PackEvaluator
{
    private readonly FactLayout _layout;
    private readonly CompiledRegime[] _regimes;
    private readonly Dictionary<string, int> _regimeIndex;
    private readonly Dictionary<string, ImmutableArray<int>> _regimesByMarket;
    private readonly Dictionary<PackDuration, SlotCondition> _durationConditions = new(ReferenceEqualityComparer.Instance);

    /// <summary>Compiles every scope and duration condition of <paramref name="pack"/>.</summary>
    public PackEvaluator(RulePack pack)
    {
        Pack = pack;
        var durations = pack.Regimes.SelectMany(r => r.Steps).SelectMany(s => s.Takes).Where(t => t.When is not null).ToList();
        _layout = new FactLayout(pack, pack.Regimes.SelectMany(r => r.Scope).Select(s => s.Where).OfType<PackCondition>().Concat(durations.Select(t => t.When!)));
        var compiler = new ConditionCompiler(_layout);
        _regimeIndex = pack.Regimes.Select((r, i) => (r.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        _regimes = [.. pack.Regimes.Select(r => new CompiledRegime(r, [.. r.Scope.Select(s => new CompiledRule(s, _layout, compiler))],
            [.. r.Accepts.Select(a => new CompiledAcceptance(a, _regimeIndex.GetValueOrDefault(a.Regime, -1)))]))];
        _regimesByMarket = Enumerable.Range(0, _regimes.Length).GroupBy(i => pack.Regimes[i].Market, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        foreach (var takes in durations)
        {
            _durationConditions[takes] = compiler.Compile(takes.When!);
        }

        AllRegimes = new RegimeSelection([.. Enumerable.Range(0, _regimes.Length)], [.. pack.Regimes.Select(r => r.Name)]);
    }

    /// <summary>The pack evaluated.</summary>
    public RulePack Pack { get; }

    /// <summary>Every regime of the pack, in pack order.</summary>
    public RegimeSelection AllRegimes { get; }

    /// <summary>The product in the form this evaluator reads: made once per product, then decided for any number of regimes.</summary>
    public PreparedProduct Prepare(ProductFacts product) => new(product, _layout);

    /// <summary>
    /// The regimes declared in <paramref name="markets"/> (pack market names: a bloc's regimes are declared in the bloc),
    /// market by market in the order given, each market once, from the evaluator's index by market.
    /// </summary>
    public RegimeSelection RegimesIn(IEnumerable<string> markets)
    {
        ImmutableArray<int> indices = [.. markets.Distinct(StringComparer.Ordinal).SelectMany(m => _regimesByMarket.GetValueOrDefault(m, []))];
        return new RegimeSelection(indices, [.. indices.Select(i => _regimes[i].Regime.Name)]);
    }

    /// <summary>
    /// The decision of <paramref name="regime"/> for <paramref name="product"/> at <paramref name="date"/>, with the
    /// regimes it accepts that <paramref name="policy"/> lets stand in for it; a <see cref="KeyNotFoundException"/> for a
    /// regime the pack does not declare.
    /// </summary>
    public RegimeDecision Decide(string regime, ProductFacts product, DateOnly date, AcceptancePolicy policy) =>
        Decide(regime, Prepare(product), date, policy);

    /// <summary>The decision of <paramref name="regime"/> for a prepared product, as <see cref="Decide(string, ProductFacts, DateOnly, AcceptancePolicy)"/>.</summary>
    public RegimeDecision Decide(string regime, PreparedProduct product, DateOnly date, AcceptancePolicy policy) =>
        Decide(_regimeIndex[regime], Checked(product), date, policy);

    /// <summary>The decisions of every selected regime for a prepared product, in selection order.</summary>
    public ImmutableArray<RegimeDecision> Decisions(PreparedProduct product, RegimeSelection regimes, DateOnly date, AcceptancePolicy policy)
    {
        Checked(product);
        var decisions = ImmutableArray.CreateBuilder<RegimeDecision>(regimes.Count);
        foreach (var index in regimes.Indices)
        {
            decisions.Add(Decide(index, product, date, policy));
        }

        return decisions.MoveToImmutable();
    }

    /// <summary>The status of <paramref name="regime"/> for a prepared product, as its decision has it, without building the decision.</summary>
    public RegimeVerdict Status(string regime, PreparedProduct product, DateOnly date, AcceptancePolicy policy) =>
        Verdict(_regimeIndex[regime], Checked(product), date, policy);

    /// <summary>The statuses of every selected regime for a prepared product into <paramref name="verdicts"/> (one per regime, in selection order); allocates nothing.</summary>
    public void Statuses(PreparedProduct product, RegimeSelection regimes, DateOnly date, AcceptancePolicy policy, Span<RegimeVerdict> verdicts)
    {
        Checked(product);
        var indices = regimes.Indices.AsSpan();
        for (var i = 0; i < indices.Length; i++)
        {
            verdicts[i] = Verdict(indices[i], product, date, policy);
        }
    }

    /// <summary>The statuses of every selected regime for each product of a portfolio: product by product, regimes in selection order.</summary>
    public RegimeVerdict[] Statuses(IReadOnlyList<PreparedProduct> products, RegimeSelection regimes, DateOnly date, AcceptancePolicy policy)
    {
        var verdicts = new RegimeVerdict[products.Count * regimes.Count];
        for (var p = 0; p < products.Count; p++)
        {
            Statuses(products[p], regimes, date, policy, verdicts.AsSpan(p * regimes.Count, regimes.Count));
        }

        return verdicts;
    }

    /// <summary>The duration of a step for a product: the first <c>takes</c> whose condition holds (unknown falls through).</summary>
    public PackDuration DurationOf(PackStep step, ProductFacts product) => DurationOf(step, Prepare(product));

    /// <summary>The duration of a step for a prepared product, as <see cref="DurationOf(PackStep, ProductFacts)"/>.</summary>
    public PackDuration DurationOf(PackStep step, PreparedProduct product)
    {
        Checked(product);
        var ignored = default(MissingAttributes);
        foreach (var takes in step.Takes)
        {
            if (takes.When is null || _durationConditions[takes].Evaluate(product, ref ignored) == Tri.True)
            {
                return takes;
            }
        }

        return step.Takes[^1];
    }

    private PreparedProduct Checked(PreparedProduct product) => ReferenceEquals(product.Layout, _layout)
        ? product
        : throw new ArgumentException("the product was prepared by another evaluator", nameof(product));

    private RegimeDecision Decide(int index, PreparedProduct product, DateOnly date, AcceptancePolicy policy)
    {
        var compiled = _regimes[index];
        var missing = default(MissingAttributes);
        var rules = ImmutableArray.CreateBuilder<RuleResult>(compiled.Rules.Length);
        var (status, include, exclude) = DecideScope(compiled, product, date, ref missing, rules);
        var scope = new RegimeDecision(compiled.Regime, date, status, rules.MoveToImmutable(), include, exclude,
            status == RegimeStatus.Undetermined ? missing.Names(_layout.Names) : [], []);
        if (status != RegimeStatus.Required || compiled.Accepts.Length == 0)
        {
            return scope;
        }

        var acceptances = ImmutableArray.CreateBuilder<AcceptanceResult>(compiled.Accepts.Length);
        var satisfied = false;
        foreach (var acceptance in compiled.Accepts)
        {
            var accepted = Accepted(acceptance);
            var inForce = acceptance.Definition.Window.Contains(date);
            var ignored = default(MissingAttributes);
            var acceptedStatus = DecideScope(accepted, product, date, ref ignored, null).Status;
            var considered = policy.Considers(accepted.Regime.Market);
            var standsIn = !satisfied && inForce && considered && acceptedStatus == RegimeStatus.Required;
            satisfied |= standsIn;
            acceptances.Add(new AcceptanceResult(acceptance.Definition, inForce, acceptedStatus, considered, standsIn));
        }

        return scope with { Status = satisfied ? RegimeStatus.SatisfiedBy : scope.Status, Acceptances = acceptances.MoveToImmutable() };
    }

    private RegimeVerdict Verdict(int index, PreparedProduct product, DateOnly date, AcceptancePolicy policy)
    {
        var compiled = _regimes[index];
        var missing = default(MissingAttributes);
        var status = ScopeStatus(compiled, product, date, ref missing);
        if (status == RegimeStatus.Required)
        {
            foreach (var acceptance in compiled.Accepts)
            {
                var accepted = Accepted(acceptance);
                var ignored = default(MissingAttributes);
                if (acceptance.Definition.Window.Contains(date) && policy.Considers(accepted.Regime.Market)
                    && ScopeStatus(accepted, product, date, ref ignored) == RegimeStatus.Required)
                {
                    return new RegimeVerdict(RegimeStatus.SatisfiedBy, acceptance.Definition.Regime, missing, _layout.Names);
                }
            }
        }

        return new RegimeVerdict(status, null, missing, _layout.Names);
    }

    private CompiledRegime Accepted(CompiledAcceptance acceptance) => acceptance.Index >= 0
        ? _regimes[acceptance.Index]
        : throw new KeyNotFoundException($"the pack declares no regime '{acceptance.Definition.Regime}'");

    /// <summary>
    /// The status <see cref="DecideScope"/> gives, stopping at the first include that holds and at the first exclude that
    /// holds; an undetermined scope is decided again in full, so that its missing attributes are those the decision names.
    /// </summary>
    private static RegimeStatus ScopeStatus(CompiledRegime compiled, PreparedProduct product, DateOnly date, ref MissingAttributes missing)
    {
        if (!compiled.Regime.Window.Contains(date))
        {
            return RegimeStatus.NotRequired;
        }

        var probe = default(MissingAttributes);
        var included = AnyMatches(compiled.Includes, product, date, ref probe);
        if (included == Tri.False)
        {
            return RegimeStatus.NotRequired;
        }

        var excluded = AnyMatches(compiled.Excludes, product, date, ref probe);
        return (included, excluded) switch
        {
            (_, Tri.True) => RegimeStatus.NotRequired,
            (Tri.True, Tri.False) => RegimeStatus.Required,
            _ => DecideScope(compiled, product, date, ref missing, null).Status,
        };
    }

    /// <summary>Whether any of the rules in force matches, stopping at the first that does.</summary>
    private static Tri AnyMatches(CompiledRule[] rules, PreparedProduct product, DateOnly date, ref MissingAttributes missing)
    {
        var result = Tri.False;
        foreach (var rule in rules)
        {
            if (rule.InForce(date))
            {
                result = TriLogic.Or(result, rule.Matches(product, ref missing));
                if (result == Tri.True)
                {
                    return result;
                }
            }
        }

        return result;
    }

    /// <summary>What the scope alone decides: include AND NOT exclude over the rules in force, in three-valued logic; each rule's result into <paramref name="rules"/> when given.</summary>
    private static (RegimeStatus Status, Tri Include, Tri Exclude) DecideScope(
        CompiledRegime compiled, PreparedProduct product, DateOnly date, ref MissingAttributes missing, ImmutableArray<RuleResult>.Builder? rules)
    {
        var inForce = compiled.Regime.Window.Contains(date);
        var included = Tri.False;
        var excluded = Tri.False;
        if (inForce || rules is not null)
        {
            foreach (var rule in compiled.Rules)
            {
                var ruleInForce = rule.InForce(date);
                Tri? result = inForce && ruleInForce ? rule.Matches(product, ref missing) : null;
                rules?.Add(new RuleResult(rule.Definition, ruleInForce, result));
                if (result is not { } value)
                {
                    continue;
                }

                if (rule.IsInclude)
                {
                    included = TriLogic.Or(included, value);
                }
                else
                {
                    excluded = TriLogic.Or(excluded, value);
                }
            }
        }

        var status = TriLogic.And(included, TriLogic.Not(excluded)) switch
        {
            Tri.True => RegimeStatus.Required,
            Tri.False => RegimeStatus.NotRequired,
            _ => RegimeStatus.Undetermined,
        };
        return (status, included, excluded);
    }

    private sealed record CompiledRegime(PackRegime Regime, CompiledRule[] Rules, CompiledAcceptance[] Accepts)
    {
        public CompiledRule[] Includes { get; } = [.. Rules.Where(r => r.IsInclude)];

        public CompiledRule[] Excludes { get; } = [.. Rules.Where(r => !r.IsInclude)];
    }

    private sealed record CompiledAcceptance(PackAcceptance Definition, int Index);
}
