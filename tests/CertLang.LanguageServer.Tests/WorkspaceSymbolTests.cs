using CertLang.LanguageServer.Protocol;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>workspace/symbol</c>: the symbols of every document whose names match the query.</summary>
public sealed class WorkspaceSymbolTests
{
    [Fact]
    public async Task An_empty_query_lists_every_symbol_of_every_file_with_its_container()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var symbols = await SearchAsync(client, "");

        Snapshot.Match(symbols.Select(s => $"{s.Kind} {s.Name} (container: {s.ContainerName ?? "none"}) at {Relative(s.Location.Uri)}:{s.Location.Range.Start.Line}:{s.Location.Range.Start.Character}"));
    }

    [Fact]
    public async Task A_query_matches_names_across_files_as_a_case_insensitive_subsequence()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var symbols = await SearchAsync(client, "MARKING");

        Assert.Equal(
            [("marking", SymbolKind.Method, "CCC", "markets/china.cert"), ("ce_marking", SymbolKind.Method, "LVD", "markets/eu.cert")],
            symbols.Select(s => (s.Name, s.Kind, s.ContainerName, Relative(s.Location.Uri))));
        Assert.Equal(FixturePack.PositionOf("markets/china.cert", "marking \"CCC"), symbols[0].Location.Range.Start);
    }

    [Fact]
    public async Task A_subsequence_query_finds_a_category_under_its_parent_and_the_tests_that_spell_it_out()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var symbols = await SearchAsync(client, "hdry");

        Assert.Equal(
            [("hair_dryer", "household_appliance", "pack.cert"), ("230 V AC hair dryer needs CCC and LVD", null, "tests.cert")],
            symbols.Select(s => (s.Name, s.ContainerName, Relative(s.Location.Uri))));
    }

    [Fact]
    public async Task A_query_that_matches_nothing_gives_an_empty_list()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        Assert.Empty(await SearchAsync(client, "zzz"));
    }

    private static Task<IReadOnlyList<SymbolInformation>> SearchAsync(InProcessClient client, string query) =>
        client.RequestAsync<IReadOnlyList<SymbolInformation>>("workspace/symbol", new WorkspaceSymbolParams(query));

    private static string Relative(string uri) => uri.StartsWith(FixturePack.FolderUri + "/", StringComparison.Ordinal) ? uri[(FixturePack.FolderUri.Length + 1)..] : uri;
}
