using BenchmarkDotNet.Attributes;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;
using RulesEngine.Models;

namespace CertLang.Benchmarks;

/// <summary>
/// Decisions for one target market on the 10,000-regime grid: a decision is one product decided for market AB, that
/// is every regime declared in AB or in its bloc BLOCA (500 regimes). CertLang through its market index and batch path
/// (and the full decisions the planner builds), against hand-written fused lambdas and RulesEngine over the same regimes.
/// Every invocation makes 100 decisions, the products taken in turn from the grid's 1,000.
/// </summary>
[MemoryDiagnoser]
public class OneMarketBenchmarks
{
    private const int Decisions = 100;
    private static readonly DateOnly Date = new(2027, 6, 1);
    private static readonly string[] Served = ["AB", "BLOCA"];
    private PackEvaluator _evaluator = null!;
    private RegimeSelection _selection = null!;
    private AcceptancePolicy _policy = null!;
    private IReadOnlyList<ProductFacts> _facts = [];
    private GridProduct[] _typed = [];
    private RegimeVerdict[] _verdicts = [];
    private Func<GridProduct, bool>[] _handFused = [];
    private RulesEngine.RulesEngine _rulesEngine = null!;
    private string[] _workflows = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var pack = PackCompiler.Build(PackCompiler.Compile([.. SyntheticGrid.Files(10_000)]));
        _evaluator = new PackEvaluator(pack);
        _selection = _evaluator.RegimesIn(Served);
        _policy = AcceptancePolicy.InMarkets(Served);
        _facts = SyntheticGrid.Products(1000);
        _typed = [.. _facts.Select(GridProduct.Of)];
        _verdicts = new RegimeVerdict[_selection.Count];
        var regimes = pack.Regimes.Where(r => Served.Contains(r.Market)).ToList();
        var peers = new PeerRules(pack, Date);
        _handFused = [.. regimes.Select(r => peers.Fused(r).Compile())];
        _workflows = [.. regimes.Select(r => r.Name)];
        _rulesEngine = new RulesEngine.RulesEngine([.. regimes.Select(r => new Workflow
        {
            WorkflowName = r.Name,
            Rules = [.. peers.Rules(r).Select((rule, i) => new Rule { RuleName = (rule.IsInclude ? "include" : "exclude") + i, Expression = rule.Text })],
        })], new ReSettings());
    }

    /// <summary>Prepare the product, then the status of the market's regimes through the index and the batch path.</summary>
    [Benchmark(OperationsPerInvoke = Decisions, Baseline = true)]
    public int CertLangStatuses()
    {
        var required = 0;
        for (var k = 0; k < Decisions; k++)
        {
            _evaluator.Statuses(_evaluator.Prepare(_facts[Next()]), _selection, Date, _policy, _verdicts);
            foreach (var verdict in _verdicts)
            {
                required += verdict.Status == RegimeStatus.Required ? 1 : 0;
            }
        }

        return required;
    }

    /// <summary>The full decisions of the market's regimes, as the planner builds them for a plan.</summary>
    [Benchmark(OperationsPerInvoke = Decisions)]
    public int CertLangDecisions()
    {
        var required = 0;
        for (var k = 0; k < Decisions; k++)
        {
            required += _evaluator.Decisions(_evaluator.Prepare(_facts[Next()]), _selection, Date, _policy).Count(d => d.Status == RegimeStatus.Required);
        }

        return required;
    }

    /// <summary>Hand-written lambdas fused per regime over the market's regimes.</summary>
    [Benchmark(OperationsPerInvoke = Decisions)]
    public int HandFused()
    {
        var required = 0;
        for (var k = 0; k < Decisions; k++)
        {
            var product = _typed[Next()];
            foreach (var regime in _handFused)
            {
                required += regime(product) ? 1 : 0;
            }
        }

        return required;
    }

    /// <summary>RulesEngine workflows of the market's regimes.</summary>
    [Benchmark(OperationsPerInvoke = Decisions)]
    public int RulesEngine()
    {
        var required = 0;
        for (var k = 0; k < Decisions; k++)
        {
            var product = _typed[Next()];
            foreach (var workflow in _workflows)
            {
                var results = _rulesEngine.ExecuteAllRulesAsync(workflow, product).GetAwaiter().GetResult();
                required += results.Any(r => r.IsSuccess && r.Rule.RuleName.StartsWith('i')) && !results.Any(r => r.IsSuccess && r.Rule.RuleName.StartsWith('e')) ? 1 : 0;
            }
        }

        return required;
    }

    private int Next()
    {
        var product = _next;
        _next = (_next + 1) % _facts.Count;
        return product;
    }
}
