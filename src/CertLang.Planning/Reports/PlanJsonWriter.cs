using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CertLang.Packs.Evaluation;
using CertLang.Planning.Plans;
using CertLang.Semantics.Symbols;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>Writes a plan as the JSON of the <c>certc plan --format json</c> contract (docs/cli.md, "Plan formats").</summary>
public static class PlanJsonWriter
{
    /// <summary>The plan as indented JSON with a final line break; field order fixed, dates ISO.</summary>
    public static string Write(Plan plan)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteStartObject("pack");
            json.WriteString("name", plan.Pack.Name);
            json.WriteString("version", plan.Pack.Version);
            json.WriteString("hash", plan.Pack.Hash);
            json.WriteEndObject();
            json.WriteString("ship", Iso(plan.Ship));
            json.WriteString("today", Iso(plan.Today));
            json.WriteString("estimate", EstimateName(plan.Estimate));
        json.WriteStartArray("warnings");
        foreach (var warning in plan.Warnings)
        {
            json.WriteStringValue(warning);
        }

        json.WriteEndArray();
            json.WriteStartArray("products");
            foreach (var product in plan.Products)
            {
                WriteProduct(json, product);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteProduct(Utf8JsonWriter json, ProductPlan product)
    {
        json.WriteStartObject();
        json.WriteString("id", product.Id);
        json.WriteString("name", product.Name);
        WriteCategory(json, product.Category);
        json.WriteString("verdict", product.Verdict.Name());
        json.WriteString("summary", Verdict(product));
        json.WriteStartArray("gaps");
        foreach (var gap in product.Gaps)
        {
            json.WriteStartObject();
            json.WriteString("kind", gap.KindName);
            json.WriteString("market", gap.Market);
            json.WriteString("regime", gap.Regime);
            WriteStrings(json, "missing", gap.Missing);
            json.WriteString("text", gap.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "missing", product.Missing);
        WriteDate(json, "startBy", product.StartBy);
        json.WriteNumber("lateByDays", product.LateByDays);
        WriteDate(json, "earliestShip", product.EarliestShip);
        json.WriteStartArray("criticalPath");
        foreach (var step in product.CriticalPath)
        {
            json.WriteStartObject();
            json.WriteString("market", step.Market);
            json.WriteString("regime", step.Regime);
            json.WriteString("step", step.Step);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("markets");
        foreach (var market in product.Markets)
        {
            json.WriteStartObject();
            json.WriteString("market", market.Market);
            WriteStrings(json, "serves", market.Serves);
            WriteDate(json, "startBy", market.StartBy);
            WriteStrings(json, "notCovered", market.NotCovered);
            json.WriteStartArray("regimes");
            foreach (var regime in market.Regimes)
            {
                WriteRegime(json, regime);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRegime(Utf8JsonWriter json, RegimePlan regime)
    {
        json.WriteStartObject();
        json.WriteString("regime", regime.Regime);
        json.WriteString("declaredIn", regime.Market);
        json.WriteString("status", regime.Status.Name());
        json.WriteStartArray("reasons");
        foreach (var reason in regime.Decision.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("clause", reason.Clause);
            json.WriteString("file", reason.Location.File);
            json.WriteNumber("line", reason.Location.Line);
            json.WriteString("result", reason.Result.Name());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "missing", regime.Decision.Missing);
        json.WriteString("satisfiedBy", regime.SatisfiedBy);
        json.WriteBoolean("noLeadTime", regime.HasNoLeadTime);
        WriteDate(json, "startBy", regime.StartBy);
        WriteDate(json, "earliestShip", regime.EarliestShip);
        json.WriteStartArray("steps");
        foreach (var step in regime.Steps)
        {
            json.WriteStartObject();
            json.WriteString("step", step.Step);
            json.WriteString("title", step.Title);
            json.WriteString("start", Iso(step.Start));
            json.WriteString("end", Iso(step.End));
            json.WriteNumber("days", step.Days);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("surveillance");
        foreach (var due in regime.Surveillance)
        {
            json.WriteStartObject();
            json.WriteString("title", due.Title);
            json.WriteString("due", Iso(due.Due));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (regime.Renewal is { } renewal)
        {
            json.WriteStartObject("renewal");
            json.WriteString("expires", Iso(renewal.Expires));
            json.WriteString("startBy", Iso(renewal.StartBy));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("renewal");
        }
        json.WriteEndObject();
    }

    private static void WriteCategory(Utf8JsonWriter json, CategoryInference? inference)
    {
        if (inference is null)
        {
            json.WriteNull("categoryFromHs");
            return;
        }

        json.WriteStartObject("categoryFromHs");
        json.WriteString("hs", inference.Hs);
        json.WriteString("category", inference.Category);
        json.WriteString("code", inference.Code);
        WriteStrings(json, "candidates", inference.Candidates);
        json.WriteString("text", Category(inference));
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, Iso(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
