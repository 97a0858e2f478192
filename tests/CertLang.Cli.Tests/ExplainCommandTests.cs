using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary><c>certc explain</c> as a process: the trace of one regime for one product, and the errors of choosing them.</summary>
public sealed class ExplainCommandTests : IDisposable
{
    private readonly TemporaryPack _folder = new TemporaryPack().With("products.json", SamplePortfolio.Json);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_required_regime_is_traced_clause_by_clause_with_the_combination_and_the_status()
    {
        var result = Explain("--id", "HD-2000", "--regime", "CCC", "--ship", "2027-06-01");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Equal(
            [
                "CCC \"China Compulsory Certification\", declared in CN at markets/china.cert:17",
                "for HD-2000 \"Hair dryer 2000 W\", shipment on 2027-06-01",
                "window: from 2002-05-01; 2027-06-01 is inside it",
                "scope clauses, in source order:",
                "  #1 markets/china.cert:39  include household_appliance, it_equipment, telecom_terminal, audio_video, luminaire where rated_voltage > 12 V",
                "     in force → true",
                "  #2 markets/china.cert:48  include power_bank from 2024-08-01",
                "     in force (from 2024-08-01) → false",
                "  #3 markets/china.cert:51  exclude where use == industrial",
                "     in force → false",
                "combination:",
                "  include = #1 or #2 = true or false = true",
                "  exclude = #3 = false",
                "  applies = include and not exclude = true and not false = true",
                "status: required",
            ],
            result.OutputLines);
    }

    [Fact]
    public void An_undetermined_regime_names_the_missing_attributes()
    {
        var result = Explain("--id", "KT-17", "--regime", "LVD", "--ship", "2027-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  include = #1 or #2 = unknown or false = unknown", result.OutputLines);
        Assert.Contains("  exclude = #3 or #4 or #5 = false or false or false = false", result.OutputLines);
        Assert.Equal(["status: undetermined", "missing: rated_voltage (give it in the product file to decide)"], result.OutputLines[^2..]);
    }

    [Fact]
    public void A_clause_whose_window_does_not_hold_the_date_takes_no_part()
    {
        var result = Explain("--id", "PB-10", "--regime", "CCC", "--ship", "2024-07-31");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("     not in force (from 2024-08-01): takes no part", result.OutputLines);
        Assert.Contains("  include = #1 = false", result.OutputLines);
        Assert.Equal("status: not-required", result.OutputLines[^1]);
    }

    [Fact]
    public void Before_the_regime_is_in_force_no_clause_is_evaluated()
    {
        var result = Explain("--id", "HD-2000", "--regime", "CCC", "--ship", "2002-04-30");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("window: from 2002-05-01; 2002-04-30 is outside it, so the regime is not required whatever its scope says", result.OutputLines);
        Assert.Contains("     in force, but not evaluated: the regime is not in force", result.OutputLines);
        Assert.DoesNotContain("combination:", result.OutputLines);
        Assert.Equal("status: not-required", result.OutputLines[^1]);
    }

    [Fact]
    public void The_shipment_date_is_today_by_default()
    {
        var before = DateOnly.FromDateTime(DateTime.Now);
        var result = Explain("--id", "HD-2000", "--regime", "LVD");
        var after = DateOnly.FromDateTime(DateTime.Now);

        Assert.Equal(0, result.ExitCode);
        string[] possible = [$"for HD-2000 \"Hair dryer 2000 W\", shipment on {before:yyyy-MM-dd}", $"for HD-2000 \"Hair dryer 2000 W\", shipment on {after:yyyy-MM-dd}"];
        Assert.Contains(result.OutputLines[1], possible);
    }

    [Fact]
    public void A_file_of_one_product_needs_no_id()
    {
        _folder.With("dryer.json", """{ "id": "D1", "category": "hair_dryer", "attributes": { "rated_voltage": "230 V", "supply": "ac", "use": "household", "has_radio": false } }""");

        var result = Certc.Run(_folder.Folder, "explain", "--pack", RepositoryPaths.ChinaEuPack, "--product", "dryer.json", "--regime", "LVD", "--ship", "2027-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("for D1, shipment on 2027-06-01", result.OutputLines[1]);
        Assert.Equal("status: required", result.OutputLines[^1]);
    }

    [Fact]
    public void A_file_of_several_products_without_an_id_is_a_usage_error_that_lists_them()
    {
        var result = Explain("--regime", "CCC", "--ship", "2027-06-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("'products.json' holds 3 products; choose one with --id: HD-2000, KT-17, PB-10", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_the_file_does_not_hold_is_bad_input()
    {
        var result = Explain("--id", "HD-3000", "--regime", "CCC");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("'products.json' has no product 'HD-3000'; its products: HD-2000, KT-17, PB-10", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_regime_is_bad_input_that_lists_the_known_ones()
    {
        var result = Explain("--id", "HD-2000", "--regime", "CC");

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("unknown regime 'CC' (did you mean 'CCC'?); the pack knows: CCC, LVD", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regime_is_named_in_any_case()
    {
        var result = Explain("--id", "HD-2000", "--regime", "ccc");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("CCC ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_product_is_bad_input()
    {
        _folder.With("bad.json", """{ "id": "A", "category": "hair_drier" }""");

        var result = Certc.Run(_folder.Folder, "explain", "--pack", RepositoryPaths.ChinaEuPack, "--product", "bad.json", "--regime", "CCC");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("field \"category\": \"hair_drier\" is not a category of the pack; did you mean \"hair_dryer\"?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regime_that_accepts_others_says_which_stands_in_and_how_a_plan_differs()
    {
        using var pack = new TemporaryPack().With("pack.cert", """
            pack t version 1.0.0
            attribute rated_voltage: voltage
            category appliance { category kettle }
            market GB
            market EU { members DE, FR }
            regime UKCA in GB { accepts LVD until 2027-12-31  scope { include appliance } process { step d "Declare" takes 1 week } }
            regime LVD in EU { scope { include appliance where rated_voltage >= 50 V } process { step t "Test" takes 3 weeks } }
            """).With("kettle.json", """{ "id": "K1", "category": "kettle", "attributes": { "rated_voltage": "230 V" } }""");

        var result = Certc.Run(pack.Folder, "explain", "--pack", ".", "--product", "kettle.json", "--regime", "UKCA", "--ship", "2027-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "status: satisfied by LVD",
                "UKCA accepts:",
                "  LVD (until 2027-12-31): accepted on 2027-06-01; LVD is required for K1, so UKCA is satisfied by it",
                "explain lets any regime of the pack stand in for UKCA; certc plan lets only the regimes of the plan's",
                "target markets stand in, so a plan without the accepted regime's market schedules it.",
            ],
            result.OutputLines[^5..]);
    }

    [Fact]
    public void Bad_dates_are_usage_errors()
    {
        Assert.Equal(2, Explain("--id", "HD-2000", "--regime", "CCC", "--ship", "2027-02-30").ExitCode);
    }

    private CertcResult Explain(params string[] options) =>
        Certc.Run(_folder.Folder, ["explain", "--pack", RepositoryPaths.ChinaEuPack, "--product", "products.json", .. options]);
}
