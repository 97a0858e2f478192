using BenchmarkDotNet.Attributes;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Packs.Projects;
using CertLang.Semantics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;
using CertLang.TestSupport;

namespace CertLang.Benchmarks;

/// <summary>
/// The compiler after parsing: binding a pack (what every keystroke in the editor costs once the edited file is
/// re-parsed), building its rule pack, and deciding scopes with the compiled predicates.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private SyntaxTree[] _trees = [];
    private Compilation _compilation = null!;
    private PackEvaluator _evaluator = null!;
    private ProductFacts _product = null!;

    /// <summary>How many copies of the example regimes the pack holds: 1 is the example pack itself, 57 about 100,000 lines.</summary>
    [Params(1, 57)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _trees = [.. SyntheticPack.Files(Copies).Select(f => SyntaxTree.Parse(f.Text, f.Path))];
        _compilation = Compilation.Create(_trees);
        var pack = PackProject.Of(_compilation).BuildPack();
        _evaluator = new PackEvaluator(pack);
        _product = new ProductFacts("bench", pack.Tests[0].Product);
    }

    /// <summary>Binds every tree: symbols, conditions, every semantic check.</summary>
    [Benchmark]
    public int Bind() => Compilation.Create(_trees).GetDiagnostics().Length;

    /// <summary>The hashed rule pack of an already bound compilation, as certc builds it.</summary>
    [Benchmark]
    public RulePack BuildPack() => PackProject.Of(_compilation).BuildPack();

    /// <summary>The scope decision of every regime for one product.</summary>
    [Benchmark]
    public int EvaluateEveryRegime()
    {
        var required = 0;
        foreach (var regime in _evaluator.Pack.Regimes)
        {
            required += _evaluator.Decide(regime.Name, _product, new DateOnly(2027, 6, 1), AcceptancePolicy.AnyMarket).Status == RegimeStatus.Required ? 1 : 0;
        }

        return required;
    }
}
