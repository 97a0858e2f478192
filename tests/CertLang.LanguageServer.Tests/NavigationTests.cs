using CertLang.LanguageServer.Protocol;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/definition</c> and <c>textDocument/references</c> across the files of the fixture pack.</summary>
public sealed class NavigationTests
{
    private static TextDocumentPositionParams At(string file, string needle, int occurrence = 0) =>
        new(new TextDocumentIdentifier(FixturePack.Uri(file)), FixturePack.PositionOf(file, needle, occurrence, offset: 1));

    [Fact]
    public async Task Definition_of_an_attribute_used_in_a_regime_file_is_its_declaration_in_the_shared_file()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var location = await client.RequestAsync<Location?>("textDocument/definition", At("markets/china.cert", "rated_voltage"));

        var declaration = FixturePack.PositionOf("pack.cert", "rated_voltage");
        Assert.Equal(new Location(FixturePack.Uri("pack.cert"), new Protocol.Range(declaration, declaration with { Character = declaration.Character + "rated_voltage".Length })), location);
    }

    [Fact]
    public async Task Definition_of_a_keyword_is_null()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var location = await client.RequestAsync<Location?>("textDocument/definition", At("markets/china.cert", "scope"));

        Assert.Null(location);
    }

    [Fact]
    public async Task References_of_an_attribute_span_every_file_in_file_and_position_order()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var withDeclaration = await client.RequestAsync<IReadOnlyList<Location>>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(FixturePack.Uri("pack.cert")), FixturePack.PositionOf("pack.cert", "rated_voltage", offset: 1), new ReferenceContext(true)));
        var withoutDeclaration = await client.RequestAsync<IReadOnlyList<Location>>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(FixturePack.Uri("pack.cert")), FixturePack.PositionOf("pack.cert", "rated_voltage", offset: 1), new ReferenceContext(false)));

        Assert.Equal(withDeclaration.Count - 1, withoutDeclaration.Count);
        Assert.Equal(["markets/china.cert", "markets/eu.cert", "pack.cert", "tests.cert"], withDeclaration.Select(l => Relative(l.Uri)).Distinct().Order(StringComparer.Ordinal));
        Snapshot.Match(withDeclaration.Select(l => $"{Relative(l.Uri)}:{l.Range.Start.Line + 1}:{l.Range.Start.Character + 1}"));
    }

    private static string Relative(string uri) => uri[(FixturePack.FolderUri.Length + 1)..];
}
