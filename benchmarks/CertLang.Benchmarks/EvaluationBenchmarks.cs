using BenchmarkDotNet.Attributes;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;
using RulesEngine.Models;

namespace CertLang.Benchmarks;

/// <summary>
/// Scope evaluation on the grid (<see cref="SyntheticGrid"/>: N regimes over 40 markets, 4 scope rules each, 1,000
/// random products), CertLang through its public API against the same rules hand-written as compiled
/// System.Linq.Expressions lambdas (per rule, and fused per regime) and as Microsoft RulesEngine workflows.
/// A rule evaluation is one scope rule decided for one product; every invocation does 400,000 of them
/// (100,000 / N products, taken in turn from the 1,000), so ops/s is rule evaluations/s.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private const int RuleEvaluations = 400_000;
    private const int RulesPerRegime = 4;
    private static readonly DateOnly Date = new(2027, 6, 1);
    private PackEvaluator _evaluator = null!;
    private IReadOnlyList<ProductFacts> _facts = [];
    private PreparedProduct[] _prepared = [];
    private GridProduct[] _typed = [];
    private RegimeVerdict[] _verdicts = [];
    private (bool IsInclude, Func<GridProduct, bool> Matches)[][] _handRules = [];
    private Func<GridProduct, bool>[] _handFused = [];
    private RulesEngine.RulesEngine _rulesEngine = null!;
    private string[] _workflows = [];
    private int _next;

    /// <summary>How many regimes the grid holds.</summary>
    [Params(100, 10_000)]
    public int N { get; set; }

    /// <summary>Products decided per invocation.</summary>
    private int Slice => RuleEvaluations / (RulesPerRegime * N);

    [GlobalSetup]
    public void Setup()
    {
        var pack = PackCompiler.Build(PackCompiler.Compile([.. SyntheticGrid.Files(N)]));
        _evaluator = new PackEvaluator(pack);
        _facts = SyntheticGrid.Products(1000);
        _prepared = [.. _facts.Select(_evaluator.Prepare)];
        _typed = [.. _facts.Select(GridProduct.Of)];
        _verdicts = new RegimeVerdict[pack.Regimes.Length];
        var peers = new PeerRules(pack, Date);
        _handRules = [.. pack.Regimes.Select(r => peers.Rules(r).Select(rule => (rule.IsInclude, rule.Tree.Compile())).ToArray())];
        _handFused = [.. pack.Regimes.Select(r => peers.Fused(r).Compile())];
        _workflows = [.. pack.Regimes.Select(r => r.Name)];
        _rulesEngine = new RulesEngine.RulesEngine([.. pack.Regimes.Select(r => new Workflow
        {
            WorkflowName = r.Name,
            Rules = [.. peers.Rules(r).Select((rule, i) => new Rule
            {
                RuleName = (rule.IsInclude ? "include" : "exclude") + i,
                Expression = rule.Text,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
            })],
        })], new ReSettings());
        Func<int>[] systems = [CertLangStatuses, CertLangDecide, HandPerRule, HandFused, RulesEngine];
        var counts = systems.Select(system =>
        {
            _next = 0;
            return system();
        }).ToArray();
        if (counts.Distinct().Count() != 1)
        {
            throw new InvalidOperationException($"the systems disagree on the same products: {string.Join(", ", counts)} regimes required");
        }
    }

    /// <summary>The status of every regime through the fast path, products prepared once (as a portfolio is).</summary>
    [Benchmark(OperationsPerInvoke = RuleEvaluations, Baseline = true)]
    public int CertLangStatuses()
    {
        var required = 0;
        foreach (var i in Products())
        {
            _evaluator.Statuses(_prepared[i], _evaluator.AllRegimes, Date, AcceptancePolicy.AnyMarket, _verdicts);
            foreach (var verdict in _verdicts)
            {
                required += verdict.Status == RegimeStatus.Required ? 1 : 0;
            }
        }

        return required;
    }

    /// <summary>The same, each product prepared from its facts inside the measurement.</summary>
    [Benchmark(OperationsPerInvoke = RuleEvaluations)]
    public int CertLangPrepareAndStatuses()
    {
        var required = 0;
        foreach (var i in Products())
        {
            _evaluator.Statuses(_evaluator.Prepare(_facts[i]), _evaluator.AllRegimes, Date, AcceptancePolicy.AnyMarket, _verdicts);
            foreach (var verdict in _verdicts)
            {
                required += verdict.Status == RegimeStatus.Required ? 1 : 0;
            }
        }

        return required;
    }

    /// <summary>The full decision (rule results, reasons) of every regime, by name from the facts: the API commands used before the fast path.</summary>
    [Benchmark(OperationsPerInvoke = RuleEvaluations)]
    public int CertLangDecide()
    {
        var required = 0;
        foreach (var i in Products())
        {
            foreach (var regime in _workflows)
            {
                required += _evaluator.Decide(regime, _facts[i], Date, AcceptancePolicy.AnyMarket).Status == RegimeStatus.Required ? 1 : 0;
            }
        }

        return required;
    }

    /// <summary>Hand-written lambdas, one compiled per rule, every rule of every regime evaluated.</summary>
    [Benchmark(OperationsPerInvoke = RuleEvaluations)]
    public int HandPerRule()
    {
        var required = 0;
        foreach (var i in Products())
        {
            var product = _typed[i];
            foreach (var rules in _handRules)
            {
                var included = false;
                var excluded = false;
                foreach (var (isInclude, matches) in rules)
                {
                    var match = matches(product);
                    included |= isInclude && match;
                    excluded |= !isInclude && match;
                }

                required += included && !excluded ? 1 : 0;
            }
        }

        return required;
    }

    /// <summary>Hand-written lambdas fused into one per regime (short-circuiting).</summary>
    [Benchmark(OperationsPerInvoke = RuleEvaluations)]
    public int HandFused()
    {
        var required = 0;
        foreach (var i in Products())
        {
            var product = _typed[i];
            foreach (var regime in _handFused)
            {
                required += regime(product) ? 1 : 0;
            }
        }

        return required;
    }

    /// <summary>Microsoft RulesEngine: one workflow per regime, its rules as lambda-expression strings.</summary>
    [Benchmark(OperationsPerInvoke = RuleEvaluations)]
    public int RulesEngine()
    {
        var required = 0;
        foreach (var i in Products())
        {
            foreach (var workflow in _workflows)
            {
                var results = _rulesEngine.ExecuteAllRulesAsync(workflow, _typed[i]).GetAwaiter().GetResult();
                var included = results.Any(r => r.IsSuccess && r.Rule.RuleName.StartsWith('i'));
                var excluded = results.Any(r => r.IsSuccess && r.Rule.RuleName.StartsWith('e'));
                required += included && !excluded ? 1 : 0;
            }
        }

        return required;
    }

    /// <summary>The next products in turn, <see cref="Slice"/> of them.</summary>
    private IEnumerable<int> Products()
    {
        for (var k = 0; k < Slice; k++)
        {
            yield return _next;
            _next = (_next + 1) % _facts.Count;
        }
    }
}
