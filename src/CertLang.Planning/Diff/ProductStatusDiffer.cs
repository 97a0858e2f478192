using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Diff;

/// <summary>Evaluates products against both packs at one date and lists every regime whose status for a product differs.</summary>
public static class ProductStatusDiffer
{
    /// <summary>
    /// The status changes of <paramref name="products"/> from <paramref name="old"/> to <paramref name="new"/> at
    /// <paramref name="ship"/>, for every regime of either pack, decided without target markets
    /// (<see cref="AcceptancePolicy.AnyMarket"/>). A regime one pack lacks is <c>absent</c> there; absent and not-required
    /// are no change for a product.
    /// </summary>
    public static ProductDiff Compare(RulePack old, RulePack @new, IReadOnlyList<ProductFacts> products, DateOnly ship)
    {
        var oldEvaluator = new PackEvaluator(old);
        var newEvaluator = new PackEvaluator(@new);
        var oldRegimes = old.Regimes.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var newRegimes = @new.Regimes.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var regimes = @new.Regimes.Select(r => r.Name).Union(oldRegimes, StringComparer.Ordinal).ToList();
        var changes = ImmutableArray.CreateBuilder<ProductStatusChange>();
        foreach (var product in products)
        {
            foreach (var regime in regimes)
            {
                var before = oldRegimes.Contains(regime) ? oldEvaluator.Decide(regime, product, ship, AcceptancePolicy.AnyMarket) : null;
                var after = newRegimes.Contains(regime) ? newEvaluator.Decide(regime, product, ship, AcceptancePolicy.AnyMarket) : null;
                var (oldStatus, newStatus) = (Effective(before), Effective(after));
                var (oldBy, newBy) = (before?.SatisfiedBy?.Regime, after?.SatisfiedBy?.Regime);
                if ((oldStatus, oldBy) != (newStatus, newBy))
                {
                    changes.Add(new ProductStatusChange(product.Id, regime, Name(before), Name(after), after?.Missing ?? [], oldBy, newBy));
                }
            }
        }

        return new ProductDiff(ship, products.Count, changes.ToImmutable(), StartChanges(oldEvaluator, newEvaluator, products, ship));
    }

    /// <summary>The products whose start-by date differs when planned, with pessimistic durations, to every market both packs declare.</summary>
    private static ImmutableArray<ProductStartChange> StartChanges(PackEvaluator old, PackEvaluator @new, IReadOnlyList<ProductFacts> products, DateOnly ship)
    {
        var markets = old.Pack.Markets.Select(m => m.Name).Intersect(@new.Pack.Markets.Select(m => m.Name), StringComparer.Ordinal).ToImmutableArray();
        if (markets.IsEmpty)
        {
            return [];
        }

        var request = new PlanRequest([.. products.Select(p => new PlannedProduct(p.Id, null, p))], markets, ship, ship, Estimate.Pessimistic);
        var before = new Planner(old).Plan(request).Products;
        var after = new Planner(@new).Plan(request).Products;
        return [.. before.Zip(after).Where(p => p.First.StartBy != p.Second.StartBy).Select(p => new ProductStartChange(p.First.Id, p.First.StartBy, p.Second.StartBy))];
    }

    /// <summary>A regime the pack lacks counts as not required: adding or removing a regime that does not apply is no change for a product.</summary>
    private static RegimeStatus Effective(RegimeDecision? decision) => decision?.Status ?? RegimeStatus.NotRequired;

    private static string Name(RegimeDecision? decision) => decision?.Status.Name() ?? ProductStatusChange.Absent;
}
