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
        WriteDate(json, "startBy", product.StartBy);
        json.WriteBoolean("feasible", product.Feasible);
        json.WriteNumber("lateByDays", product.LateByDays);
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
            WriteDate(json, "startBy", market.StartBy);
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
        json.WriteStartArray("missing");
        foreach (var attribute in regime.Decision.Missing)
        {
            json.WriteStringValue(attribute);
        }

        json.WriteEndArray();
        json.WriteString("satisfiedBy", regime.SatisfiedBy);
        WriteDate(json, "startBy", regime.StartBy);
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
        json.WriteEndObject();
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
