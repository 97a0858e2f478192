using System.Globalization;
using CertLang.Packs.Evaluation;
using CertLang.Planning.Plans;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Reports;

/// <summary>How the plan reports (text, JSON, Markdown, HTML) put a plan's facts into words: dates, statuses, verdicts, steps.</summary>
internal static class PlanWording
{
    /// <summary>How many follow-up dates of one kind a report lists before it says how many more there are.</summary>
    private const int ListedChecks = 3;

    /// <summary>An ISO date.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO date, or a dash for none.</summary>
    public static string Iso(DateOnly? date) => date is { } value ? Iso(value) : "—";

    /// <summary>The estimate in the words of the command line: pessimistic, expected, optimistic.</summary>
    public static string EstimateName(Estimate estimate) => estimate.ToString().ToLowerInvariant();

    /// <summary>The status with what completes it: <c>satisfied by R</c>, <c>undetermined (missing a, b)</c>, no lead time, or the bare status.</summary>
    public static string Status(RegimePlan regime) => regime switch
    {
        { Status: RegimeStatus.Undetermined } => $"{regime.Status.Name()} (missing {string.Join(", ", regime.Decision.Missing)})",
        { HasNoLeadTime: true } => $"{regime.Status.Name()}: no lead time in this pack, plan it separately",
        _ => StatusWording.Of(regime.Decision),
    };

    /// <summary>A market as a plan lists it: its name, followed by the targets it serves when they are others (<c>EU for DE, FR</c>).</summary>
    public static string Market(MarketPlan market) =>
        market.Serves is [var only] && only == market.Market ? market.Market : $"{market.Market} for {string.Join(", ", market.Serves)}";

    /// <summary>What the HS code said of the category: <c>category kettle, from HS 8516.79</c>, or why it said nothing.</summary>
    public static string Category(CategoryInference inference) => inference switch
    {
        { Category: { } category } => $"category {category}, from HS {inference.Code}",
        { Candidates.IsEmpty: false } => $"category undetermined: HS {Hs(inference.Hs)} matches {string.Join(", ", inference.Candidates)} equally; give the category",
        _ => $"category undetermined: no category of the pack lists HS {Hs(inference.Hs)}; give the category",
    };

    /// <summary>HS digits with the usual dots: <c>85167900</c> is <c>8516.79.00</c>.</summary>
    public static string Hs(string digits) => digits.Length <= 4 ? digits : string.Join('.', new[] { digits[..4] }.Concat(digits[4..].Chunk(2).Select(c => new string(c))));

    /// <summary>The clauses that decided the status: those that did not evaluate to false, else the first clause.</summary>
    public static IReadOnlyList<ClauseResult> DecidingReasons(RegimePlan regime)
    {
        var reasons = regime.Decision.Reasons;
        var deciding = reasons.Where(r => r.Result != Tri.False).ToList();
        return deciding.Count > 0 ? deciding : [.. reasons.Take(1)];
    }

    /// <summary>One reason as a line: where, the clause, and what it evaluated to.</summary>
    public static string Reason(ClauseResult reason) => $"{reason.Location}: {reason.Clause} → {reason.Result.Name()}";

    /// <summary>The product's verdict in a few words, with its start-by; an incomplete plan's start-by is said to cover only what is planned.</summary>
    public static string Verdict(ProductPlan product) => Verdict(product, word => word);

    /// <summary>As <see cref="Verdict(ProductPlan)"/>, with the verdict's word passed through <paramref name="emphasis"/> (<c>LATE</c>, <c>**late**</c>).</summary>
    public static string Verdict(ProductPlan product, Func<string, string> emphasis)
    {
        var detail = (product.Verdict, product.StartBy) switch
        {
            (Plans.Verdict.Late, { } start) => $"by {Days(product.LateByDays)}, should have started on {Iso(start)}; earliest ship {Iso(product.EarliestShip)}",
            (Plans.Verdict.Incomplete, { } start) => $"start by {Iso(start)} for the regimes planned; {Gaps(product)} not planned",
            (Plans.Verdict.Incomplete, null) => $"{Gaps(product)} not planned",
            (_, { } start) => $"start by {Iso(start)}",
            _ => "nothing to certify",
        };
        return $"{emphasis(product.Verdict.Words())}: {detail}";
    }

    /// <summary>What the reader should know beyond the table: the category inferred from the HS code, the earliest ship date of a late product, each gap, and what the pack does not cover in each market.</summary>
    public static IEnumerable<string> Notes(ProductPlan product)
    {
        if (product.Category is { } category)
        {
            yield return Category(category);
        }

        if (product.EarliestShip is { } earliest)
        {
            var regimes = product.Regimes.Where(r => r.EarliestShip is not null).OrderByDescending(r => r.EarliestShip).ThenBy(r => r.Regime, StringComparer.Ordinal);
            yield return $"earliest ship {Iso(earliest)}, starting today: {string.Join(", ", regimes.Select(r => $"{r.Regime} certified by {Iso(r.EarliestShip)}"))}";
        }

        foreach (var gap in product.Gaps)
        {
            yield return gap.Text;
        }

        foreach (var market in product.Markets)
        {
            foreach (var statement in market.NotCovered)
            {
                yield return $"{Market(market)}, not covered by this pack: {statement}";
            }
        }
    }

    private static string Gaps(ProductPlan product) => product.Gaps.Length == 1 ? "1 regime is" : $"{product.Gaps.Length} regimes are";

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    /// <summary>A step as a person reads it: its title with its name, or its name alone.</summary>
    public static string Step(ScheduledStep step) => step.Title is null ? step.Step : $"{step.Title} ({step.Step})";

    /// <summary>A step on the critical path: market, regime and step.</summary>
    public static string Critical(CriticalStep step) => $"{step.Market} {step.Regime}.{step.Step}";

    /// <summary>The critical path as one line of arrows.</summary>
    public static string CriticalPath(ProductPlan product) => string.Join(" → ", product.CriticalPath.Select(Critical));

    /// <summary>The required regimes with follow-up checks or a renewal, market by market (docs/language.md, "Planning").</summary>
    public static IEnumerable<(MarketPlan Market, RegimePlan Regime)> FollowUpRegimes(ProductPlan product) =>
        product.Markets.SelectMany(m => m.Regimes.Where(r => !r.Surveillance.IsEmpty || r.Renewal is not null).Select(r => (m, r)));

    /// <summary>
    /// A regime's follow-up checks, one text per kind: <c>Factory inspection due 2028-06-01, 2029-06-01, 2030-06-01 and 2 more</c>;
    /// empty when it has none.
    /// </summary>
    public static IEnumerable<string> Surveillance(RegimePlan regime) =>
        regime.Surveillance.GroupBy(s => s.Title ?? "follow-up check").Select(kind =>
        {
            var dates = kind.Select(s => Iso(s.Due)).ToList();
            var more = dates.Count > ListedChecks ? $" and {dates.Count - ListedChecks} more" : "";
            return $"{kind.Key} due {string.Join(", ", dates.Take(ListedChecks))}{more}";
        });

    /// <summary>A regime's renewal: <c>expires 2032-06-01, renew from 2031-10-12</c>; null when it has none.</summary>
    public static string? RenewalText(RegimePlan regime) =>
        regime.Renewal is { } renewal ? $"expires {Iso(renewal.Expires)}, renew from {Iso(renewal.StartBy)}" : null;

    /// <summary>A regime's follow-ups on one line: its checks, then its renewal; empty when it has neither.</summary>
    public static string FollowUpLine(RegimePlan regime) =>
        string.Join("; ", Surveillance(regime).Append(RenewalText(regime)).OfType<string>());

    /// <summary>The products as a portfolio lists them: late first, then incomplete, then on track, each by start-by (none last), then in plan order.</summary>
    public static IEnumerable<ProductPlan> ByUrgency(IEnumerable<ProductPlan> products) =>
        products.OrderBy(p => p.Verdict switch { Plans.Verdict.Late => 0, Plans.Verdict.Incomplete => 1, _ => 2 })
            .ThenBy(p => p.StartBy ?? DateOnly.MaxValue);

    /// <summary>How many products have each verdict, late first: <c>2 late, 1 incomplete, 240 on track</c>.</summary>
    public static string VerdictCounts(PortfolioSummary summary) =>
        $"{summary.Late} late, {summary.Incomplete} incomplete, {summary.Products - summary.Late - summary.Incomplete} on track";

    /// <summary>The text cut to at most <paramref name="characters"/> characters (at least 1), the last an ellipsis when it is cut, never inside a character.</summary>
    public static string Shortened(string text, int characters)
    {
        var elements = new StringInfo(text);
        return elements.LengthInTextElements <= characters ? text : elements.SubstringByTextElements(0, Math.Max(0, characters - 1)) + "…";
    }

    /// <summary>The regimes most often on a critical path: <c>CCC (12 products), KC (3 products)</c>; null when none is.</summary>
    public static string? CriticalRegimes(PortfolioSummary summary) => summary.CriticalRegimes.IsEmpty
        ? null
        : string.Join(", ", summary.CriticalRegimes.Select(r => $"{r.Regime} ({r.Products} product{(r.Products == 1 ? "" : "s")})"));
}
