using System.Text.Json.Nodes;
using CertLang.Packs.Serialization;
using CertLang.TestSupport;

namespace CertLang.Packs.Tests;

/// <summary>
/// A pack whose hash was recomputed after it was changed is still refused when it holds what the compiler never
/// builds: each class of tampering is refused with the field named as a JSON path, never a crash later in the evaluator or the planner.
/// </summary>
public sealed class PackValidationTests
{
    private static readonly int Ccc = TamperedPack.IndexOf("CCC");
    private static readonly int Eess = TamperedPack.IndexOf("EESS");
    private static readonly int Lvd = TamperedPack.IndexOf("LVD");

    public static TheoryData<string> Tamperings => [.. Cases.Keys];

    private static Dictionary<string, (Action<JsonObject> Mutate, string Refusal)> Cases => new()
    {
        ["requires cycle"] = (root =>
        {
            TamperedPack.Regime(root, "CCC")["requires"] = new JsonArray("LVD");
            TamperedPack.Regime(root, "LVD")["requires"] = new JsonArray("CCC");
        }, "regimes: regimes require each other in a cycle: "),
        ["requires itself"] = (root => TamperedPack.Regime(root, "CCC")["requires"] = new JsonArray("CCC"), "regimes: regimes require each other in a cycle: CCC → CCC"),
        ["accepts cycle"] = (root => TamperedPack.Regime(root, "LVD")["accepts"] = new JsonArray(new JsonObject { ["regime"] = "UKCA_SAFETY", ["from"] = null, ["until"] = null }),
            "regimes: regimes accept each other in a cycle: LVD → UKCA_SAFETY → LVD"),
        ["unknown condition op"] = (root => TamperedPack.Regime(root, "CCC")["scope"]![0]!["where"]!["op"] = "xor",
            $"regimes[{Ccc}].scope[0].where.op: unknown condition 'xor'"),
        ["duplicate regime"] = (root => TamperedPack.Regime(root, "LVD")["name"] = "CCC", $"regimes[{Lvd}].name: regime 'CCC' is declared twice"),
        ["null in an in list"] = (root => TamperedPack.Regime(root, "EESS")["scope"]![2]!["where"]!["values"]!.AsArray().Add(null),
            "regimes[0].scope[2].where.values[3]: null is not allowed here"),
        ["accepts an unknown regime"] = (root => TamperedPack.Regime(root, "UKCA_EMC")["accepts"]![0]!["regime"] = "NOPE",
            $"regimes[{TamperedPack.IndexOf("UKCA_EMC")}].accepts[0].regime: unknown regime 'NOPE'"),
        ["no regimes"] = (root => root["regimes"] = null, "not a valid rule pack"),
        ["step cycle"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![0]!["after"] = new JsonArray("factory_inspection"),
            $"regimes[{Ccc}].steps: steps wait for each other in a cycle: application → factory_inspection → type_test → sample_shipment → application"),
        ["unknown step"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![1]!["after"] = new JsonArray("x"), $"regimes[{Ccc}].steps[1].after[0]: unknown step 'x'"),
        ["int.MaxValue months"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![0]!["takes"]![0]!["max"] = new JsonObject { ["months"] = int.MaxValue, ["days"] = 0 },
            $"regimes[{Ccc}].steps[0].takes[0].max: 2147483647 months is longer than 36500 days (a month counted as 30)"),
        ["negative days"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![0]!["takes"]![0]!["min"]!["days"] = -1,
            $"regimes[{Ccc}].steps[0].takes[0].min: 0 months and -1 days: neither may be negative"),
        ["reversed range"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![0]!["takes"]![0]!["min"]!["days"] = 30,
            $"regimes[{Ccc}].steps[0].takes[0]: the range 30..21 days runs backwards"),
        ["validity over the limit"] = (root => TamperedPack.Regime(root, "CCC")["validity"]!["max"] = new JsonObject { ["months"] = 1217, ["days"] = 0 },
            $"regimes[{Ccc}].validity.max: 1217 months is longer than 36500 days (a month counted as 30)"),
        ["reversed validity"] = (root => TamperedPack.Regime(root, "CCC")["validity"]!["min"] = new JsonObject { ["months"] = 120, ["days"] = 0 },
            $"regimes[{Ccc}].validity: the range 10..5 years runs backwards"),
        ["negative surveillance interval"] = (root => TamperedPack.Regime(root, "CCC")["surveillance"]![0]!["every"]!["months"] = -12,
            $"regimes[{Ccc}].surveillance[0].every: -12 months and 0 days: neither may be negative"),
        ["a duration without its days"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![0]!["takes"]![0]!["min"]!.AsObject().Remove("days"),
            "not a valid rule pack at line "),
        ["a duration in days only, as format 1 wrote it"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![0]!["takes"]![0]!["min"] = 7,
            "not a valid rule pack at line "),
        ["a recognition step with a condition"] = (root => TamperedPack.Regime(root, "UKCA_EMC")["accepts"]![0]!["takes"] = new JsonObject
        {
            ["min"] = new JsonObject { ["months"] = 0, ["days"] = 7 },
            ["max"] = new JsonObject { ["months"] = 0, ["days"] = 7 },
            ["when"] = new JsonObject { ["op"] = "constant", ["constant"] = true },
            ["location"] = new JsonObject { ["file"] = "markets/uk.cert", ["line"] = 1 },
        }, $"regimes[{TamperedPack.IndexOf("UKCA_EMC")}].accepts[0].takes.when: a recognition step has no condition"),
        ["step without duration"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![0]!["takes"] = new JsonArray(), $"regimes[{Ccc}].steps[0].takes: a step takes a duration"),
        ["unknown market"] = (root => TamperedPack.Regime(root, "CCC")["market"] = "XX", $"regimes[{Ccc}].market: unknown market 'XX'"),
        ["unknown category"] = (root => TamperedPack.Regime(root, "CCC")["scope"]![1]!["categories"] = new JsonArray("spaceship"),
            $"regimes[{Ccc}].scope[1].categories[0]: unknown category 'spaceship'"),
        ["unknown attribute"] = (root => TamperedPack.Regime(root, "CCC")["scope"]![0]!["where"]!["attribute"] = "weight",
            $"regimes[{Ccc}].scope[0].where.attribute: unknown attribute 'weight'"),
        ["unknown enum member"] = (root => TamperedPack.Regime(root, "EESS")["scope"]![2]!["where"]!["values"]![0]!["text"] = "nuclear",
            "regimes[0].scope[2].where.values[0]: not a value of 'use' (one of "),
        ["wrong unit"] = (root => TamperedPack.Regime(root, "CCC")["scope"]![0]!["where"]!["value"]!["unit"] = "kV",
            $"regimes[{Ccc}].scope[0].where.value: not a value of 'rated_voltage' (a number in V is expected)"),
        ["ordering an enum"] = (root =>
        {
            var where = TamperedPack.Regime(root, "EESS")["scope"]![2]!["where"]!.AsObject();
            root["regimes"]![0]!["scope"]![2]!["where"] = new JsonObject { ["op"] = "compare", ["attribute"] = "use", ["comparison"] = "<", ["value"] = where["values"]![0]!.DeepClone() };
        }, "regimes[0].scope[2].where.comparison: '<' does not compare values of 'use'"),
        ["not with two operands"] = (root => TamperedPack.Regime(root, "EAC_EMC")["scope"]![2]!["where"]!["args"]!.AsArray().Add(new JsonObject { ["op"] = "constant", ["constant"] = true }),
            $"regimes[{TamperedPack.IndexOf("EAC_EMC")}].scope[2].where.args: 'not' takes exactly one condition"),
        ["empty date window"] = (root =>
        {
            TamperedPack.Regime(root, "CCC")["effective"] = "2030-01-01";
            TamperedPack.Regime(root, "CCC")["until"] = "2020-01-01";
        }, $"regimes[{Ccc}].until: the window from 2030-01-01 until 2020-01-01 is empty"),
        ["unknown route"] = (root => TamperedPack.Regime(root, "CCC")["route"] = "by_post", $"regimes[{Ccc}].route: unknown route 'by_post'"),
        ["default duration not last"] = (root => TamperedPack.Regime(root, "EESS")["steps"]![0]!["takes"]![0]!["when"] = null,
            $"regimes[{Eess}].steps[0].takes[0].when: only the last duration of a step is without a condition"),
        ["duplicate attribute"] = (root => root["attributes"]![1]!["name"] = "rated_voltage", "attributes[1].name: attribute 'rated_voltage' is declared twice"),
        ["unknown attribute type"] = (root => root["attributes"]![0]!["type"] = "pressure", "attributes[0].type: unknown type 'pressure'"),
        ["category parent cycle"] = (root => root["categories"]![0]!["parent"] = "hair_dryer", "categories: categories are each other's parents in a cycle: electrical → hair_dryer → household_appliance → electrical"),
        ["unknown expected regime"] = (root => root["tests"]![0]!["expect"]![0]!["regime"] = "NOPE", "tests[0].expect[0].regime: unknown regime 'NOPE'"),
        ["unknown status"] = (root => root["tests"]![0]!["expect"]![0]!["status"] = "maybe", "tests[0].expect[0].status: unknown status 'maybe'"),
        ["product value of the wrong type"] = (root => root["tests"]![0]!["product"]!["has_radio"] = new JsonObject { ["text"] = "yes" },
            "tests[0].product.has_radio: not a value of 'has_radio' (true or false is expected)"),
        ["null product value"] = (root => root["tests"]![0]!["product"]!["has_radio"] = null, "tests[0].product.has_radio: a value is expected, not null"),
        ["a name with a control character"] = (root => root["markets"]![0]!["name"] = "A\u001b[31m", "markets[0].name: 'A\\u001B[31m' is not a name"),
        ["a number beyond decimal"] = (root => TamperedPack.Regime(root, "CCC")["scope"]![0]!["where"]!["value"]!["number"] = JsonNode.Parse("1e30"), "not a valid rule pack at line "),
        ["null list"] = (root => TamperedPack.Regime(root, "CCC")["steps"]![1]!["after"] = null, "not a valid rule pack at line "),
        ["null args"] = (root => TamperedPack.Regime(root, "EAC_EMC")["scope"]![2]!["where"]!["args"] = null, $"regimes[{TamperedPack.IndexOf("EAC_EMC")}].scope[2].where.args: missing"),
        ["null regime"] = (root => root["regimes"]!.AsArray().Add(null), $"regimes[{PackCompiler.BuildExamples().Regimes.Length}]: null is not allowed here"),
        ["null product"] = (root => root["tests"]![0]!["product"] = null, "not a valid rule pack at line "),
        ["line 0"] = (root => TamperedPack.Regime(root, "CCC")["location"]!["line"] = 0, $"regimes[{Ccc}].location: a file and a line (1 or more) are expected"),
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void A_tampered_pack_with_a_recomputed_hash_is_refused_naming_the_field(string tampering)
    {
        var (mutate, refusal) = Cases[tampering];
        var json = TamperedPack.Of(mutate);

        var error = Assert.Throws<RulePackException>(() => RulePackJson.Read(json));

        Assert.StartsWith(refusal, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_written_twice_is_refused_so_no_reader_can_take_the_other_value()
    {
        var json = TamperedPack.Of(_ => { }).Replace("\"name\": \"CCC\",", "\"name\": \"CCC\", \"name\": \"LVD\",", StringComparison.Ordinal);

        var refusal = Assert.Throws<RulePackException>(() => RulePackJson.Read(json));

        Assert.Contains("a field appears twice in one object", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("regimes", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_untampered_example_pack_is_accepted()
    {
        RulePackJson.Read(TamperedPack.Of(_ => { }));
    }

    [Fact]
    public void Json_nested_far_deeper_than_any_pack_is_refused_without_recursing_into_it()
    {
        var nots = string.Concat(Enumerable.Repeat("{\"op\": \"not\", \"args\": [", 100_000));
        var json = TamperedPack.Of(_ => { }).Replace("\"where\": null", "\"where\": " + nots, StringComparison.Ordinal);

        var error = Assert.Throws<RulePackException>(() => RulePackJson.Read(json));

        Assert.Contains($"maximum configured depth of {PackLimits.MaxJsonDepth}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_nested_deeper_than_the_compiler_nests_is_refused()
    {
        var json = TamperedPack.Of(root =>
        {
            JsonNode condition = new JsonObject { ["op"] = "constant", ["constant"] = true };
            for (var level = 1; level <= PackLimits.MaxConditionDepth; level++)
            {
                condition = new JsonObject { ["op"] = "not", ["args"] = new JsonArray(condition) };
            }

            TamperedPack.Regime(root, "CCC")["scope"]![1]!["where"] = condition;
        });

        var error = Assert.Throws<RulePackException>(() => RulePackJson.Read(json));

        Assert.Contains($"conditions nest deeper than {PackLimits.MaxConditionDepth} levels", error.Message, StringComparison.Ordinal);
    }
}
