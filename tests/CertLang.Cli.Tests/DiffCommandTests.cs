using System.Text.Json;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary><c>certc diff</c> as a process: exactly the changes made to a copy of a small pack (the China-EU fixture), none for the same meaning, and product status changes.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private const string Products = """
        [
          { "id": "R-20", "category": "router", "hs": "8517.62",
            "attributes": { "rated_voltage": "20 V", "supply": "dc", "use": "household", "has_radio": true } },
          { "id": "PC-IND", "category": "desktop_pc",
            "attributes": { "rated_voltage": "230 V", "supply": "ac", "use": "industrial", "has_radio": false } },
          { "id": "PA-240", "category": "power_adapter", "hs": "8504.40",
            "attributes": { "rated_voltage": "240 V", "supply": "ac", "use": "commercial", "has_radio": false } },
          { "id": "HD-2000", "name": "Hair dryer 2000 W", "category": "hair_dryer", "hs": "8516.31",
            "attributes": { "rated_voltage": "230 V", "supply": "ac", "use": "household", "has_radio": false } },
          { "id": "K-1", "category": "kettle", "attributes": { "supply": "ac", "use": "household", "has_radio": false } }
        ]
        """;

    private static readonly string[] ChangesMade =
    [
        "global_electrical 0.1.0 → global_electrical 0.1.0",
        "warning: the packs differ but both are version 0.1.0: give the new one a higher version in its pack declaration, so that plans made with each can be told apart",
        "market added: KR",
        "category removed: toaster",
        "category added: fan",
        "attribute added: battery_energy",
        "regime added: KC",
        "regime CCC:",
        "  route: certification → self_declaration",
        "  validity: 5 years → 4 years",
        "  scope rule: include household_appliance, it_equipment, telecom_terminal, audio_video, luminaire where rated_voltage > 12 V"
            + " → include household_appliance, it_equipment, telecom_terminal, audio_video, luminaire where rated_voltage > 24 V",
        "  scope rule removed: exclude where use == industrial",
        "  step removed: marking",
        "  step factory_inspection takes: 4..8 weeks → 4..10 weeks",
        "  lead time: 11..24 weeks → 10..24 weeks",
        "regime LVD:",
        "  scope rule added: exclude hs 8504.40 where use == commercial",
        "  step added: archive",
        "  lead time: 3..6 weeks → 22..43 days",
        "  accepts added: CCC takes 2 weeks until 2027-12-31",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("certc-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_change_made_to_a_copy_of_the_example_pack_is_reported_and_nothing_else()
    {
        using var changed = ChangedPack();

        var result = Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, changed.Folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([.. ChangesMade, "16 differences"], result.OutputLines);
    }

    [Fact]
    public void Packs_with_the_same_meaning_have_no_differences_whatever_their_lines_and_comments()
    {
        var built = Path.Combine(_folder, "pack.json");
        Certc.Run(RepositoryPaths.Root, "build", RepositoryPaths.ChinaEuPack, "-o", built);
        using var relaidOut = CopyOfPack(
            ("markets/china.cert", "regime CCC in CN {", "\n// Moved down by a comment and blank lines.\n\nregime CCC in CN {"),
            ("markets/eu.cert", "    exclude where has_radio\n", "    exclude where (has_radio) // same rule\n"));

        string[] noDifferences = ["global_electrical 0.1.0 → global_electrical 0.1.0", "no differences"];
        Assert.Equal(noDifferences, Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, RepositoryPaths.ChinaEuPack).OutputLines);
        Assert.Equal(noDifferences, Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, built).OutputLines);
        var relaidOutResult = Certc.Run(RepositoryPaths.Root, "diff", built, relaidOut.Folder);
        Assert.Equal(0, relaidOutResult.ExitCode);
        Assert.Equal(noDifferences, relaidOutResult.OutputLines);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Changed_packs_under_a_new_version_or_the_same_pack_twice_need_no_version_bump(string format)
    {
        using var bumped = CopyOfPack(("pack.cert", "market CN \"China\"\n", "market CN \"China\"\nmarket KR \"Korea\"\n"), ("pack.cert", " version 0.1.0", " version 0.2.0"));

        var changed = Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, bumped.Folder, "--format", format);
        var same = Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, RepositoryPaths.ChinaEuPack, "--format", format);

        Assert.Equal((0, 0), (changed.ExitCode, same.ExitCode));
        foreach (var result in new[] { changed, same })
        {
            if (format == "json")
            {
                Assert.False(JsonDocument.Parse(result.Output).RootElement.GetProperty("needsVersionBump").GetBoolean());
            }
            else
            {
                Assert.DoesNotContain("warning:", result.Output, StringComparison.Ordinal);
            }
        }

        Assert.Contains("0.2.0", changed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Products_whose_status_or_start_changes_are_listed_with_what_an_undetermined_one_lacks()
    {
        using var changed = ChangedPack();
        var products = Path.Combine(_folder, "products.json");
        File.WriteAllText(products, Products);

        var result = Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, changed.Folder, "--products", products, "--ship", "2027-01-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                .. ChangesMade,
                "products at 2027-01-01:",
                "  R-20 CCC: required → not-required",
                "  PC-IND CCC: not-required → required",
                "  PC-IND LVD: required → satisfied-by CCC",
                "  PA-240 LVD: required → not-required",
                "  HD-2000 LVD: required → satisfied-by CCC",
                "  HD-2000 KC: absent → required",
                "  K-1 KC: absent → undetermined (missing rated_voltage)",
                "start by, planned to every market of both packs, for shipment on 2027-01-01:",
                "  R-20: 2026-07-17 → nothing to certify",
                "  PC-IND: 2026-11-20 → 2026-07-03",
                "  HD-2000: 2026-07-17 → 2026-07-03",
                "16 differences; 7 status changes and 3 start-by changes for 5 products at 2027-01-01",
            ],
            result.OutputLines);
    }

    [Fact]
    public void Products_of_identical_packs_have_no_status_changes()
    {
        var products = Path.Combine(_folder, "products.json");
        File.WriteAllText(products, Products);

        var result = Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, RepositoryPaths.ChinaEuPack, "--products", products);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^no differences; no status changes and no start-by changes for 5 products at \d{4}-\d{2}-\d{2}$", result.OutputLines[^1]);
    }

    [Fact]
    public void The_json_report_holds_the_same_changes()
    {
        using var changed = ChangedPack();
        var products = Path.Combine(_folder, "products.json");
        File.WriteAllText(products, Products);

        var result = Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, changed.Folder, "--products", products, "--ship", "2027-01-01", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.True(root.GetProperty("hasDifferences").GetBoolean());
        Assert.True(root.GetProperty("needsVersionBump").GetBoolean());
        Assert.Equal(["KR", null, "fan", "battery_energy", "KC"], root.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("new").GetString()));
        Assert.Equal(["CCC", "LVD"], root.GetProperty("regimes").EnumerateArray().Select(r => r.GetProperty("regime").GetString()));
        var route = root.GetProperty("regimes")[0].GetProperty("changes")[0];
        Assert.Equal(("route", "certification", "self_declaration"), (route.GetProperty("subject").GetString(), route.GetProperty("old").GetString(), route.GetProperty("new").GetString()));
        Assert.Equal("2027-01-01", root.GetProperty("products").GetProperty("ship").GetString());
        var statusChanges = root.GetProperty("products").GetProperty("changes");
        Assert.Equal(7, statusChanges.GetArrayLength());
        var satisfied = statusChanges[2];
        Assert.Equal(("PC-IND", "LVD", "required", "satisfied-by", "CCC"), (satisfied.GetProperty("product").GetString(), satisfied.GetProperty("regime").GetString(),
            satisfied.GetProperty("old").GetString(), satisfied.GetProperty("new").GetString(), satisfied.GetProperty("newSatisfiedBy").GetString()));
        Assert.False(statusChanges[0].TryGetProperty("newSatisfiedBy", out _));
    }

    [Fact]
    public void A_pack_with_errors_fails_and_bad_products_are_bad_input()
    {
        using var broken = new TemporaryPack().With("pack.cert", "pack p version 1.0.0\nregime R in NOWHERE { }\n");
        var products = Path.Combine(_folder, "products.json");
        File.WriteAllText(products, """{ "id": "X", "attributes": { "rated_voltage": "5 Hz" } }""");

        var brokenResult = Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, broken.Folder);
        var productsResult = Certc.Run(RepositoryPaths.Root, "diff", RepositoryPaths.ChinaEuPack, RepositoryPaths.ChinaEuPack, "--products", products);

        Assert.Equal(1, brokenResult.ExitCode);
        Assert.Contains("error CERT1003: unknown market 'NOWHERE'", brokenResult.Output, StringComparison.Ordinal);
        Assert.Equal(3, productsResult.ExitCode);
        Assert.StartsWith("certc: error: the products do not fit the new pack:", productsResult.Error, StringComparison.Ordinal);
        Assert.Contains("field \"rated_voltage\"", productsResult.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff", "examples")]
    [InlineData("diff", "examples", "examples", "--ship", "2027-01-01")]
    [InlineData("diff", "examples", "examples", "--format", "xml")]
    public void Wrong_usage_exits_2(params string[] arguments)
    {
        Assert.Equal(2, Certc.Run(RepositoryPaths.Root, arguments).ExitCode);
    }

    /// <summary>The China-EU fixture pack with one change of each kind the diff reports, and a new regime KC in a new market.</summary>
    private static TemporaryPack ChangedPack() => CopyOfPack(
            ("pack.cert", "attribute has_cb_report: bool\n", "attribute has_cb_report: bool\nattribute battery_energy: energy\n"),
            ("pack.cert", "    category toaster \"Electric toasters\" hs 8516.72\n", "    category fan \"Electric fans\" hs 8414.51\n"),
            ("pack.cert", "market CN \"China\"\n", "market CN \"China\"\nmarket KR \"Korea\"\n"),
            ("markets/china.cert", "route     certification", "route     self_declaration"),
            ("markets/china.cert", "validity  5 years", "validity  4 years"),
            ("markets/china.cert", "where rated_voltage > 12 V", "where rated_voltage > 24 V"),
            ("markets/china.cert", "    exclude where use == industrial\n", ""),
            ("markets/china.cert", "takes 4..8 weeks after type_test", "takes 4..10 weeks after type_test"),
            ("markets/china.cert", "    step marking \"CCC marking permission (print approval or stickers)\" takes 1..2 weeks after certificate\n", ""),
            ("markets/eu.cert", "    exclude where use == medical\n", "    exclude where use == medical\n    exclude hs 8504.40 where use == commercial\n"),
            ("markets/eu.cert", "after declaration\n", "after declaration\n    step archive \"Archive the technical file\" takes 1 day after ce_marking\n"),
            ("markets/eu.cert", "  // No `surveillance`", "  accepts CCC takes 2 weeks until 2027-12-31\n\n  // No `surveillance`"))
        .With("markets/korea.cert", "regime KC in KR {\n  scope {\n    include household_appliance where rated_voltage >= 100 V\n  }\n}\n");

    private static TemporaryPack CopyOfPack(params (string File, string Find, string Replace)[] edits)
    {
        var pack = new TemporaryPack();
        foreach (var file in RepositoryPaths.PackFiles(RepositoryPaths.ChinaEuPack))
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.ChinaEuPack, file));
            foreach (var (_, find, replace) in edits.Where(e => e.File == file))
            {
                Assert.Contains(find, text, StringComparison.Ordinal);
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            pack.With(file, text);
        }

        return pack;
    }
}
