using System.Text.Json;
using System.Text.RegularExpressions;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary><c>certc plan</c> as a process: the JSON contract, the text table, and bad input refused with exit 3 and no output file.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private const string HairDryer = """
        { "id": "HD-2000", "name": "Hair dryer 2000 W", "category": "hair_dryer", "hs": "8516.31",
          "attributes": { "rated_voltage": "230 V", "supply": "ac", "use": "household", "has_radio": false } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("certc-plan-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_json_plan_has_the_fields_of_the_contract()
    {
        var result = Plan(HairDryer, "--markets", "CN,DE", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var plan = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["pack", "ship", "today", "estimate", "warnings", "products"], plan.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "version", "hash"], plan.GetProperty("pack").EnumerateObject().Select(p => p.Name));
        var product = plan.GetProperty("products")[0];
        Assert.Equal(
            ["id", "name", "categoryFromHs", "verdict", "summary", "gaps", "missing", "startBy", "lateByDays", "earliestShip", "criticalPath", "markets"],
            product.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("on-track", "on track: start by 2026-12-15"), (product.GetProperty("verdict").GetString(), product.GetProperty("summary").GetString()));
        var market = product.GetProperty("markets")[0];
        Assert.Equal(["market", "serves", "startBy", "notCovered", "regimes"], market.EnumerateObject().Select(p => p.Name));
        var regime = market.GetProperty("regimes")[0];
        Assert.Equal(
            ["regime", "declaredIn", "status", "reasons", "missing", "satisfiedBy", "noLeadTime", "startBy", "earliestShip", "steps", "surveillance", "renewal"],
            regime.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["clause", "file", "line", "result"], regime.GetProperty("reasons")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["step", "title", "start", "end", "days"], regime.GetProperty("steps")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("CCC", "required"), (regime.GetProperty("regime").GetString(), regime.GetProperty("status").GetString()));
        Assert.Equal("2027-06-01", regime.GetProperty("steps").EnumerateArray().Last().GetProperty("end").GetString());
    }

    [Fact]
    public void The_text_plan_is_a_table_per_product()
    {
        var result = Plan(HairDryer, "--markets", "CN,DE");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("HD-2000  Hair dryer 2000 W: on track: start by 2026-12-15", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.OutputLines, line => Regex.IsMatch(line, "^  CN +CCC +required +2026-12-15 +markets/china.cert:39$"));
        Assert.Contains(result.OutputLines, line => Regex.IsMatch(line, "^  EU for DE +LVD +required +2027-04-20 +markets/eu.cert:33$"));
    }

    [Fact]
    public void A_late_plan_succeeds_unless_fail_on_late_or_fail_if_late_is_given()
    {
        Assert.Equal(0, Plan(HairDryer, "--markets", "CN", "--today", "2027-05-01").ExitCode);
        Assert.Equal(1, Plan(HairDryer, "--markets", "CN", "--today", "2027-05-01", "--fail-if-late").ExitCode);
        Assert.Equal(1, Plan(HairDryer, "--markets", "CN", "--today", "2027-05-01", "--fail-on", "late").ExitCode);
        Assert.Equal(0, Plan(HairDryer, "--markets", "CN", "--today", "2027-05-01", "--fail-on", "incomplete").ExitCode);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("html")]
    public void A_product_without_an_attribute_its_scope_needs_is_incomplete_in_every_format_and_fails_fail_on_incomplete(string format)
    {
        const string withoutVoltage = """{ "id": "PC-1", "name": "Desktop PC", "category": "desktop_pc", "attributes": { "supply": "ac", "use": "household", "has_radio": false } }""";

        var result = Plan(withoutVoltage, "--markets", "CN", "--format", format, "--fail-on", "late,incomplete");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("incomplete", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the product lacks rated_voltage", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("on track", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, Plan(withoutVoltage, "--markets", "CN", "--format", format, "--fail-on", "late").ExitCode);
    }

    [Theory]
    [InlineData("on-track")]
    [InlineData("late,soon")]
    [InlineData(",")]
    public void Fail_on_takes_only_late_and_incomplete(string verdicts)
    {
        var result = Plan(HairDryer, "--markets", "CN", "--fail-on", verdicts);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--fail-on takes late, incomplete or both", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shipment_date_before_today_is_planned_with_a_warning()
    {
        var result = Plan(HairDryer, "--markets", "CN", "--ship", "2026-01-01", "--today", "2026-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: the shipment date 2026-01-01 is before today (2026-06-01)", result.Output, StringComparison.Ordinal);
        Assert.Contains("LATE: by ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_can_be_written_to_a_file()
    {
        var output = Path.Combine(_folder, "plan.json");

        var result = Plan(HairDryer, "--markets", "CN", "--format", "json", "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("HD-2000", JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("products")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{ "id": "A", "category": "hair_dryer", "attributes": { "colour": "red" } }""", "product 'A' (products.json), field \"colour\": the pack declares no attribute \"colour\"")]
    [InlineData("""{ "id": "A", "category": "hair_dryer", "attributes": { "rated_voltage": "230 GHz" } }""", "field \"rated_voltage\": \"230 GHz\" is not a voltage; write a number and a unit of voltage (V, mV, kV)")]
    [InlineData("""{ "id": "A", "category": "hair_dryer", "attributes": { "rated_voltage": "230 volts" } }""", "\"230 volts\" is not a voltage")]
    [InlineData("""{ "id": "A", "category": "hair_dryer", "attributes": { "use": "domestic" } }""", "field \"use\": \"domestic\" is not a member of the enum; allowed: household, commercial, industrial, medical")]
    [InlineData("""{ "id": "A", "category": "hair_drier" }""", "field \"category\": \"hair_drier\" is not a category of the pack; did you mean \"hair_dryer\"?")]
    [InlineData("""{ "id": "A", "hs": "85x16" }""", "field \"hs\": \"85x16\" is not an HS code")]
    [InlineData("""{ "id": "A", "attributes": { "has_radio": "maybe" } }""", "field \"has_radio\": \"maybe\" is not a bool; write true or false")]
    [InlineData("""[{ "id": "A" }, { "id": "A" }]""", "the id is used already at products.json[0]")]
    [InlineData("""{ "id": "A", """, "products.json(1,14): not valid JSON:")]
    public void Bad_products_are_refused_with_the_product_the_field_and_what_is_allowed(string products, string message)
    {
        var output = Path.Combine(_folder, "plan.json");

        var result = Plan(products, "--markets", "CN", "-o", output);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_csv_portfolio_is_read_with_empty_cells_as_missing_values()
    {
        File.WriteAllText(Path.Combine(_folder, "portfolio.csv"), """
            id,name,category,rated_voltage,supply,use,has_radio
            K1,"Kettle, 1.7 l",kettle,230 V,ac,household,false
            K2,Kettle without a rating,kettle,,ac,household,false
            """);

        var result = Certc.Run(_folder, "plan", "--pack", RepositoryPaths.ChinaEuPack, "--product", "portfolio.csv", "--markets", "CN", "--ship", "2027-06-01", "--today", "2026-11-25", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var products = JsonDocument.Parse(result.Output).RootElement.GetProperty("products");
        Assert.Equal(("K1", "Kettle, 1.7 l"), (products[0].GetProperty("id").GetString(), products[0].GetProperty("name").GetString()));
        Assert.Equal("undetermined", products[1].GetProperty("markets")[0].GetProperty("regimes")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Market_codes_are_accepted_in_any_case_and_shown_as_the_pack_spells_them()
    {
        var result = Plan(HairDryer, "--markets", "cn,De");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("  CN ", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.Contains(" for DE ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--markets", "XX", "unknown target market 'XX'; the pack knows: ")]
    [InlineData("--markets", "cm", "unknown target market 'cm' (did you mean 'CN'?); the pack knows: ")]
    public void An_unknown_market_is_bad_input(string option, string value, string message)
    {
        var result = Plan(HairDryer, option, value);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ship", "2027-02-30")]
    [InlineData("--estimate", "hopeful")]
    [InlineData("--format", "pdf")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        File.WriteAllText(Path.Combine(_folder, "products.json"), HairDryer);
        string[] arguments = ["plan", "--pack", RepositoryPaths.ChinaEuPack, "--product", "products.json", "--markets", "CN", "--ship", "2027-06-01"];
        var index = Array.IndexOf(arguments, option);
        arguments = index >= 0 ? [.. arguments[..(index + 1)], value, .. arguments[(index + 2)..]] : [.. arguments, option, value];

        Assert.Equal(2, Certc.Run(_folder, arguments).ExitCode);
    }

    private CertcResult Plan(string products, params string[] options)
    {
        File.WriteAllText(Path.Combine(_folder, "products.json"), products);
        string[] arguments = ["plan", "--pack", RepositoryPaths.ChinaEuPack, "--product", "products.json"];
        if (!options.Contains("--ship"))
        {
            arguments = [.. arguments, "--ship", "2027-06-01"];
        }

        if (!options.Contains("--today"))
        {
            arguments = [.. arguments, "--today", "2026-11-25"];
        }

        return Certc.Run(_folder, [.. arguments, .. options]);
    }
}
