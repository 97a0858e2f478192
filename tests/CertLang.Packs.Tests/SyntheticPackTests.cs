using CertLang.Packs.Evaluation;
using CertLang.Syntax.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;

namespace CertLang.Packs.Tests;

/// <summary>The generated packs the benchmarks measure are valid packs, so that the figures are those of real work.</summary>
public class SyntheticPackTests
{
    [Fact]
    public void Copies_of_the_example_pack_compile_without_errors_and_declare_every_regime_once_per_copy()
    {
        var compilation = PackCompiler.Compile([.. SyntheticPack.Files(3)]);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var pack = PackCompiler.Build(compilation);
        var examples = PackCompiler.BuildExamples();
        Assert.Equal(3 * examples.Regimes.Length, pack.Regimes.Length);
        Assert.Contains(pack.Regimes, r => r.Name == "CCC_2");
    }

    [Fact]
    public void The_grid_compiles_without_errors_and_its_products_are_decided()
    {
        var compilation = PackCompiler.Compile([.. SyntheticGrid.Files(200)]);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var pack = PackCompiler.Build(compilation);
        Assert.Equal(200, pack.Regimes.Length);
        Assert.Equal(SyntheticGrid.MarketCount, pack.Markets.Length);
        var evaluator = new PackEvaluator(pack);
        var statuses = SyntheticGrid.Products(50)
            .SelectMany(product => pack.Regimes.Select(r => evaluator.Decide(r.Name, product, new DateOnly(2027, 6, 1), AcceptancePolicy.AnyMarket).Status))
            .ToHashSet();
        Assert.Contains(RegimeStatus.Required, statuses);
        Assert.Contains(RegimeStatus.NotRequired, statuses);
        Assert.DoesNotContain(RegimeStatus.Undetermined, statuses);
    }
}
