using CertLang.LanguageServer.Protocol;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/documentSymbol</c>: the hierarchical outline of one document.</summary>
public sealed class DocumentSymbolTests
{
    public static TheoryData<string> FixtureFiles => [.. FixturePack.Files];

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public async Task Outline_of_each_fixture_file_is_pinned(string file)
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var symbols = await OutlineAsync(client, FixturePack.Uri(file));

        Snapshot.Match(symbols, SnapshotNameExtension.Create(file.Replace('/', '_')));
    }

    [Fact]
    public async Task Steps_nest_under_their_regime_with_the_declaration_as_range_and_the_name_as_selection()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var regime = Assert.Single(await OutlineAsync(client, FixturePack.Uri("markets/china.cert")));

        Assert.Equal(("CCC", SymbolKind.Struct, "in CN"), (regime.Name, regime.Kind, regime.Detail));
        Assert.Equal(FixturePack.PositionOf("markets/china.cert", "regime CCC"), regime.Range.Start);
        Assert.Equal(new Protocol.Range(FixturePack.PositionOf("markets/china.cert", "CCC in CN"), FixturePack.PositionOf("markets/china.cert", " in CN")), regime.SelectionRange);
        Assert.Equal(["application", "type_test", "factory_inspection", "certificate", "marking"], regime.Children!.Select(s => s.Name));
        Assert.All(regime.Children!, step => Assert.Equal(SymbolKind.Method, step.Kind));
        var typeTest = regime.Children![1];
        Assert.Equal("Type testing in a CNCA-designated laboratory", typeTest.Detail);
        Assert.Equal(FixturePack.PositionOf("markets/china.cert", "step type_test"), typeTest.Range.Start);
        Assert.Equal(FixturePack.PositionOf("markets/china.cert", "}", occurrence: 1, offset: 1), typeTest.Range.End);
    }

    [Fact]
    public async Task Subcategories_nest_under_their_category_and_enum_members_under_their_attribute()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var symbols = await OutlineAsync(client, FixturePack.Uri("pack.cert"));

        Assert.Equal(
            ["global_electrical", "rated_voltage", "supply", "use", "has_radio", "has_cb_report", "electrical", "CN", "EU"],
            symbols.Select(s => s.Name));
        var electrical = symbols.Single(s => s.Name == "electrical");
        var household = electrical.Children!.Single(s => s.Name == "household_appliance");
        Assert.Equal(["hair_dryer", "kettle", "toaster"], household.Children!.Select(s => s.Name));
        Assert.Equal((SymbolKind.Class, "Electric kettles"), (household.Children![1].Kind, household.Children![1].Detail));
        var supply = symbols.Single(s => s.Name == "supply");
        Assert.Equal((SymbolKind.Property, "enum { ac, dc }"), (supply.Kind, supply.Detail));
        Assert.Equal([("ac", SymbolKind.EnumMember), ("dc", SymbolKind.EnumMember)], supply.Children!.Select(s => (s.Name, s.Kind)));
    }

    [Fact]
    public async Task Tests_are_named_by_their_string_without_quotes()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var symbols = await OutlineAsync(client, FixturePack.Uri("tests.cert"));

        Assert.Equal(10, symbols.Count);
        Assert.Equal(("230 V AC hair dryer needs CCC and LVD", SymbolKind.Function), (symbols[0].Name, symbols[0].Kind));
    }

    [Fact]
    public async Task A_declaration_without_a_name_is_left_out_and_the_rest_of_a_broken_document_is_outlined()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync((SamplePack.Uri, "market CN \"China\"\nregime in CN {\n  process {\n    step a \"A\" takes 1 weeks\n  }\n}\nregime CCC in CN {\n"));

        var symbols = await OutlineAsync(client, SamplePack.Uri);

        Assert.Equal(["CN", "CCC"], symbols.Select(s => s.Name));
    }

    private static Task<IReadOnlyList<DocumentSymbol>> OutlineAsync(InProcessClient client, string uri) =>
        client.RequestAsync<IReadOnlyList<DocumentSymbol>>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(uri)));
}
