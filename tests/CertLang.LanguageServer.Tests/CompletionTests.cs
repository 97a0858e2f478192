using CertLang.LanguageServer.Protocol;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/completion</c> in each context the server completes in, on unfinished lines next to the fixture pack.</summary>
public sealed class CompletionTests
{
    private static async Task<CompletionList> CompleteAsync(string textWithCaret)
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var (uri, caret) = await ProbeDocument.OpenAsync(client, textWithCaret);
        return await client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), caret));
    }

    /// <summary>A regime whose scope block holds <paramref name="lines"/>.</summary>
    private static string InScope(string lines) => $"regime R in CN {{\n  scope {{\n    {lines}\n  }}\n}}\n";

    /// <summary>A regime whose process block holds <paramref name="lines"/>.</summary>
    private static string InProcess(string lines) => $"regime R in CN {{\n  process {{\n    {lines}\n  }}\n}}\n";

    private static async Task<IReadOnlyList<string>> LabelsAsync(string textWithCaret) =>
        [.. (await CompleteAsync(textWithCaret)).Items.Select(i => i.Label)];

    [Fact]
    public async Task At_the_top_level_the_declaration_keywords_are_offered()
    {
        var labels = await LabelsAsync("|");

        Assert.Equal(["pack", "attribute", "category", "market", "regime", "test"], labels);
    }

    [Fact]
    public async Task In_a_regime_body_its_clause_keywords_are_offered_even_on_a_half_typed_line()
    {
        var list = await CompleteAsync("regime R in CN {\n  sc|\n}\n");

        Snapshot.Match(list);
    }

    [Fact]
    public async Task After_include_the_categories_and_hs_are_offered()
    {
        var labels = await LabelsAsync(InScope("include |"));

        Assert.Contains("kettle", labels);
        Assert.Contains("household_appliance", labels);
        Assert.Contains("hs", labels);
        Assert.DoesNotContain("rated_voltage", labels);
    }

    [Fact]
    public async Task After_where_the_attributes_are_offered()
    {
        var labels = await LabelsAsync(InScope("include kettle where |"));

        Assert.Contains("rated_voltage", labels);
        Assert.Contains("supply", labels);
        Assert.Contains("not", labels);
        Assert.DoesNotContain("kettle", labels);
    }

    [Fact]
    public async Task After_equals_the_members_of_the_attributes_enum_are_offered()
    {
        var labels = await LabelsAsync(InScope("include kettle where supply == |"));

        Assert.Equal(["ac", "dc"], labels);
    }

    [Fact]
    public async Task Inside_an_in_set_the_enum_members_are_offered()
    {
        var labels = await LabelsAsync(InScope("include kettle where use in { household, |"));

        Assert.Equal(["household", "commercial", "industrial", "medical"], labels);
    }

    [Fact]
    public async Task After_a_number_compared_with_a_voltage_the_voltage_units_are_offered()
    {
        var labels = await LabelsAsync(InScope("include kettle where rated_voltage > 12 |"));

        Assert.Equal(["V", "mV", "kV"], labels);
    }

    [Fact]
    public async Task After_a_number_in_takes_the_duration_units_are_offered()
    {
        var labels = await LabelsAsync(InProcess("step a \"A\" takes 1..2 |"));

        Assert.Equal(["days", "weeks", "months", "years"], labels);
    }

    [Fact]
    public async Task After_after_the_steps_of_the_enclosing_regime_are_offered()
    {
        var labels = await LabelsAsync(InProcess("step first \"A\" takes 1 weeks\n    step second \"B\" takes 1 weeks after |"));

        Assert.Contains("first", labels);
        Assert.DoesNotContain("application", labels);
    }

    [Fact]
    public async Task After_a_regimes_in_the_markets_are_offered()
    {
        var labels = await LabelsAsync("regime R in |");

        Assert.Equal(["CN", "EU"], labels);
    }

    [Fact]
    public async Task After_expect_the_regimes_and_after_the_regime_the_statuses_are_offered()
    {
        var regimes = await LabelsAsync("test \"t\" {\n  expect |\n}\n");
        var statuses = await LabelsAsync("test \"t\" {\n  expect CCC |\n}\n");

        Assert.Equal(["CCC", "LVD"], regimes.Order(StringComparer.Ordinal));
        Assert.Equal(["required", "not required", "undetermined", "satisfied by"], statuses);
    }

    [Fact]
    public async Task After_an_attributes_colon_the_types_are_offered()
    {
        var labels = await LabelsAsync("attribute weight: |");

        Assert.Contains("voltage", labels);
        Assert.Contains("bool", labels);
        Assert.Contains("enum", labels);
    }

    [Fact]
    public async Task After_route_the_routes_are_offered()
    {
        var labels = await LabelsAsync("regime R in CN {\n  route |\n}\n");

        Assert.Equal(["certification", "self_declaration", "registration"], labels);
    }

    [Fact]
    public async Task After_a_steps_duration_when_and_after_are_offered_and_after_a_takes_lines_duration_when()
    {
        var shortStep = await LabelsAsync(InProcess("step a \"A\" takes 1..2 weeks |"));
        var takesLine = await LabelsAsync(InProcess("step a \"A\" {\n      takes 1..2 weeks |\n    }"));

        Assert.Equal(["when", "after"], shortStep);
        Assert.Equal(["when"], takesLine);
    }

    [Fact]
    public async Task In_a_market_body_members_and_not_covered_are_offered_and_after_not_covered()
    {
        var lineStart = await LabelsAsync("market XX {\n  |\n}\n");
        var afterNot = await LabelsAsync("market XX {\n  not |\n}\n");

        Assert.Equal(["members", "not covered"], lineStart);
        Assert.Equal(["covered"], afterNot);
    }

    [Fact]
    public async Task After_an_accepts_list_takes_from_and_until_are_offered_and_after_its_duration_from_and_until()
    {
        var afterList = await LabelsAsync("regime R in CN {\n  accepts LVD, CCC |\n}\n");
        var afterTakes = await LabelsAsync("regime R in CN {\n  accepts LVD takes 2..4 weeks |\n}\n");
        var units = await LabelsAsync("regime R in CN {\n  accepts LVD takes 2 |\n}\n");

        Assert.Equal(["takes", "from", "until"], afterList);
        Assert.Equal(["from", "until"], afterTakes);
        Assert.Equal(["days", "weeks", "months", "years"], units);
    }
}
