using System.Globalization;
using CertLang.Packs.Evaluation;
using CertLang.Planning.Plans;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Reports;

/// <summary>How the plan reports (text, JSON, Markdown, HTML) put a plan's facts into words: dates, statuses, verdicts, steps.</summary>
internal static class PlanWording
{
    /// <summary>An ISO date.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO date, or a dash for none.</summary>
    public static string Iso(DateOnly? date) => date is { } value ? Iso(value) : "—";

    /// <summary>The estimate in the words of the command line: pessimistic, expected, optimistic.</summary>
    public static string EstimateName(Estimate estimate) => estimate.ToString().ToLowerInvariant();

    /// <summary>The status with what completes it: <c>satisfied by R</c>, <c>undetermined (missing a, b)</c>, or the bare status.</summary>
    public static string Status(RegimePlan regime) => regime.Status == RegimeStatus.Undetermined
        ? $"{regime.Status.Name()} (missing {string.Join(", ", regime.Decision.Missing)})"
        : StatusWording.Of(regime.Decision);

    /// <summary>The clauses that decided the status: those that did not evaluate to false, else the first clause.</summary>
    public static IReadOnlyList<ClauseResult> DecidingReasons(RegimePlan regime)
    {
        var reasons = regime.Decision.Reasons;
        var deciding = reasons.Where(r => r.Result != Tri.False).ToList();
        return deciding.Count > 0 ? deciding : [.. reasons.Take(1)];
    }

    /// <summary>One reason as a line: where, the clause, and what it evaluated to.</summary>
    public static string Reason(ClauseResult reason) => $"{reason.Location}: {reason.Clause} → {reason.Result.Name()}";

    /// <summary>The product's verdict in a few words: feasible, late by N days, nothing to certify, or undetermined regimes.</summary>
    public static string Verdict(ProductPlan product)
    {
        if (product.StartBy is null)
        {
            var undetermined = product.Markets.SelectMany(m => m.Regimes).Count(r => r.Status == RegimeStatus.Undetermined);
            return undetermined > 0 ? $"nothing required yet; {undetermined} undetermined" : "nothing to certify";
        }

        return product.Feasible ? "feasible" : $"late by {product.LateByDays} day{(product.LateByDays == 1 ? "" : "s")}";
    }

    /// <summary>A step as a person reads it: its title with its name, or its name alone.</summary>
    public static string Step(ScheduledStep step) => step.Title is null ? step.Step : $"{step.Title} ({step.Step})";

    /// <summary>A step on the critical path: market, regime and step.</summary>
    public static string Critical(CriticalStep step) => $"{step.Market} {step.Regime}.{step.Step}";

    /// <summary>The critical path as one line of arrows.</summary>
    public static string CriticalPath(ProductPlan product) => string.Join(" → ", product.CriticalPath.Select(Critical));
}
