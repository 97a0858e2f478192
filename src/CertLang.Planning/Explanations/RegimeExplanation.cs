using CertLang.Packs.Evaluation;
using CertLang.Planning.Products;

namespace CertLang.Planning.Explanations;

/// <summary>
/// The decision of one regime for one product at one date, to be laid out clause by clause: the regime's window, every
/// scope rule in source order with its part in the decision, how the results combine, the status, and the regimes
/// accepted in its place.
/// </summary>
/// <param name="Decision">The decision, as <see cref="PackEvaluator.Decide(string, ProductFacts, DateOnly, AcceptancePolicy)"/> made it (every regime of the pack may stand in).</param>
/// <param name="Product">The product it is explained for.</param>
public sealed record RegimeExplanation(RegimeDecision Decision, PlannedProduct Product);
