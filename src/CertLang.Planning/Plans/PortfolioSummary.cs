using System.Collections.Immutable;

namespace CertLang.Planning.Plans;

/// <summary>What a plan of several products adds up to: how many there are, how many are late or incomplete, and the regimes that most often set the start.</summary>
/// <param name="Products">The number of products planned.</param>
/// <param name="Late">How many of them are late.</param>
/// <param name="Incomplete">How many of them are incomplete (not late by what is planned, but with gaps).</param>
/// <param name="Latest">The product late by the most days (the first in plan order on a tie); null when none is late.</param>
/// <param name="CriticalRegimes">The regimes on the most products' critical paths, most first (ties by name), at most <see cref="TopRegimes"/>.</param>
public sealed record PortfolioSummary(int Products, int Late, int Incomplete, LateProduct? Latest, ImmutableArray<RegimeCount> CriticalRegimes)
{
    /// <summary>How many regimes <see cref="CriticalRegimes"/> lists at most.</summary>
    public const int TopRegimes = 5;

    /// <summary>The summary of <paramref name="plan"/>.</summary>
    public static PortfolioSummary Of(Plan plan)
    {
        var late = plan.Products.Where(p => p.Verdict == Verdict.Late).ToList();
        var latest = late.MaxBy(p => p.LateByDays);
        var regimes = plan.Products
            .SelectMany(p => p.CriticalPath.Select(s => s.Regime).Distinct(StringComparer.Ordinal))
            .CountBy(regime => regime, StringComparer.Ordinal)
            .Select(c => new RegimeCount(c.Key, c.Value))
            .OrderByDescending(c => c.Products)
            .ThenBy(c => c.Regime, StringComparer.Ordinal)
            .Take(TopRegimes);
        return new PortfolioSummary(plan.Products.Length, late.Count, plan.Products.Count(p => p.Verdict == Verdict.Incomplete), latest is null ? null : new LateProduct(latest.Id, latest.LateByDays), [.. regimes]);
    }
}

/// <summary>A late product and by how many days.</summary>
public sealed record LateProduct(string Id, int Days);

/// <summary>A regime and on how many products' critical paths it is.</summary>
public sealed record RegimeCount(string Regime, int Products);
