using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;

namespace CertLang.Planning.Explanations;

/// <summary>
/// Explains scope decisions (<c>certc explain</c>): the evaluator's decision for one regime and product, without target
/// markets (<see cref="AcceptancePolicy.AnyMarket"/>), for <see cref="ExplanationTextWriter"/> to lay out clause by clause.
/// </summary>
public sealed class RegimeExplainer(PackEvaluator evaluator)
{
    private readonly Dictionary<string, PackRegime> _regimes = evaluator.Pack.Regimes.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>The trace of <paramref name="regime"/> (in any case when that names one regime) for <paramref name="product"/> at <paramref name="date"/>; a <see cref="PlanInputException"/> for an unknown regime.</summary>
    public RegimeExplanation Explain(string regime, PlannedProduct product, DateOnly date)
    {
        var definition = _regimes[NameLookup.Resolve(regime, _regimes.Keys, "regime")];
        return new RegimeExplanation(evaluator.Decide(definition.Name, product.Facts, date, AcceptancePolicy.AnyMarket), product);
    }
}
