using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests.Reports;

/// <summary>
/// The plan the report tests render: a kettle that is feasible (KCE requires KCS in KR, UKCA is satisfied by LVD) and a
/// hair dryer that is late (a long test in KR, UKCA scheduled, LVD and RED undetermined), for KR, GB and DE. Names carry
/// characters that Markdown and HTML must escape.
/// </summary>
internal static class SamplePlan
{
    private const string Pack = """
        pack demo version 1.0.0
        attribute has_cb_report: bool
        attribute has_radio: bool
        attribute rated_voltage: voltage
        category appliance { category kettle  category hair_dryer }
        market KR
        market GB
        market EU { members DE, FR }

        regime KCS in KR {
          scope { include appliance }
          process {
            step apply "Application" takes 1 week
            step test "Safety test" after apply {
              takes 2 weeks when has_cb_report
              takes 16 weeks
            }
          }
        }

        regime KCE in KR { requires KCS  scope { include appliance } process { step emc "EMC test" takes 3 weeks } }

        regime UKCA in GB { accepts LVD  scope { include appliance } process { step declare "Declaration" takes 1 week } }

        regime LVD in EU {
          scope { include appliance where rated_voltage >= 50 V }
          process {
            step test "Safety test" takes 3 weeks
            step declare "Declaration" takes 1 week after test
          }
        }

        regime RED in EU { scope { include appliance where has_radio and rated_voltage >= 50 V } process { step test "Radio test" takes 6 weeks } }
        """;

    // Without its hash, so that the pinned reports show the layout and do not change with every edit of the sample pack.
    private static readonly Planner Planner = new(new PackEvaluator(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack))) with { Hash = "" }));

    /// <summary>The shipment date.</summary>
    public static DateOnly Ship { get; } = new(2027, 6, 1);

    /// <summary>Today: after the hair dryer should have started, before the kettle must.</summary>
    public static DateOnly Today { get; } = new(2027, 3, 1);

    /// <summary>A fresh plan of both products (the planner runs products in parallel).</summary>
    public static Plan Create() => Planner.Plan(new PlanRequest(
        [
            Product("K-1", "Kettle | 1.7 l", "kettle", ("has_cb_report", new PackValue(Bool: true)), ("has_radio", new PackValue(Bool: false)),
                ("rated_voltage", new PackValue(Number: 230, Unit: "V"))),
            Product("HD-2", "Hair dryer <Pro> & co", "hair_dryer"),
        ],
        ["KR", "GB", "DE"], Ship, Today, Estimate.Pessimistic));

    /// <summary>Every scheduled step of a product: market, regime and step name.</summary>
    public static IEnumerable<(string Market, string Regime, string Step)> ScheduledSteps(ProductPlan product) =>
        product.Markets.SelectMany(m => m.Regimes.SelectMany(r => r.Steps.Select(s => (m.Market, r.Regime, s.Step))));

    private static PlannedProduct Product(string id, string name, string category, params (string Attribute, PackValue Value)[] values)
    {
        var facts = values.Append(("category", new PackValue(Text: category))).ToImmutableSortedDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);
        return new PlannedProduct(id, name, new ProductFacts(id, facts));
    }
}
