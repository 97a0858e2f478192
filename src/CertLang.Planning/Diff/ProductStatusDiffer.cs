using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Packs.Testing;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;

namespace CertLang.Planning.Diff;

/// <summary>Evaluates products against both packs at one date and lists every regime whose status for a product differs.</summary>
public static class ProductStatusDiffer
{
    private const string Absent = "absent";

    /// <summary>
    /// The status changes of <paramref name="products"/> from <paramref name="old"/> to <paramref name="new"/> at
    /// <paramref name="ship"/>, for every regime of either pack. A regime one pack lacks is <c>absent</c> there; absent and
    /// not-required are no change for a product.
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
                var before = oldRegimes.Contains(regime) ? oldEvaluator.Evaluate(regime, product, ship) : null;
                var after = newRegimes.Contains(regime) ? newEvaluator.Evaluate(regime, product, ship) : null;
                var (oldStatus, newStatus) = (Status(before), Status(after));
                if (oldStatus != newStatus && !IsNoChange(oldStatus, newStatus))
                {
                    changes.Add(new ProductStatusChange(product.Id, regime, oldStatus, newStatus, after?.Missing ?? []));
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

    private static string Status(RegimeEvaluation? evaluation) => evaluation is null ? Absent : PackTestRunner.StatusName(evaluation.Status);

    private static bool IsNoChange(string old, string @new) =>
        (old, @new) is (Absent, "not-required") or ("not-required", Absent);
}
