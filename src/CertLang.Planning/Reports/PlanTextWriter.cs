using CertLang.Planning.Plans;
using CertLang.Planning.Text;
using CertLang.Semantics.Symbols;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// Writes a plan as text a person reads in a terminal: per product, a table of markets × regimes with status, start-by and
/// why, the critical path and the follow-ups of its certificates; control characters in ids, names and titles are escaped.
/// </summary>
public static class PlanTextWriter
{
    /// <summary>Writes <paramref name="plan"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, Plan plan)
    {
        writer.WriteLine($"Plan for shipment on {Iso(plan.Ship)} (today {Iso(plan.Today)}, {EstimateName(plan.Estimate)} durations), pack {plan.Pack.Name} {plan.Pack.Version}");
        foreach (var warning in plan.Warnings)
        {
            writer.WriteLine($"warning: {warning}");
        }

        foreach (var product in plan.Products)
        {
            writer.WriteLine();
            var verdict = Verdict(product, word => product.Verdict == Plans.Verdict.OnTrack ? word : word.ToUpperInvariant());
            writer.WriteLine($"{TerminalText.Of(product.Id)}{(product.Name is null ? "" : $"  {TerminalText.Of(product.Name)}")}: {verdict}");
            foreach (var note in Notes(product))
            {
                writer.WriteLine($"  {TerminalText.Of(note)}");
            }

            var rows = product.Markets.SelectMany(m => m.Regimes.Select(r => new[]
            {
                Market(m), r.Regime, Status(r), r.StartBy is { } start ? Iso(start) : "", Why(r),
            }.Select(TerminalText.Of).ToArray())).ToList();
            WriteTable(writer, ["market", "regime", "status", "start by", "why"], rows);
            if (product.CriticalPath.Length > 0)
            {
                writer.WriteLine($"  critical path: {TerminalText.Of(string.Join(" → ", product.CriticalPath.Select(s => $"{s.Regime}.{s.Step}")))}");
            }

            foreach (var (market, regime) in FollowUpRegimes(product))
            {
                writer.WriteLine($"  follow-ups of {TerminalText.Of(regime.Regime)} ({TerminalText.Of(Market(market))}): {TerminalText.Of(FollowUpLine(regime))}");
            }
        }
    }

    private static string Why(RegimePlan regime) => string.Join("; ", DecidingReasons(regime).Select(r => $"{r.Location}"));

    private static void WriteTable(TextWriter writer, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        writer.WriteLine("  " + string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in rows)
        {
            writer.WriteLine("  " + string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }
    }
}
