using CertLang.LanguageServer.Protocol;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/foldingRange</c>: blocks and comment runs.</summary>
public sealed class FoldingRangeTests
{
    private const string Text = """
        // Line 0: a run of three
        // plain comment lines,
        // folded as one.

        /// A doc comment of two lines,
        /// folded apart from the plain ones.
        market EU "European Union" {
          members AT, BE
        }
        // a single comment line is not folded
        market CN "China" { }
        /* a block comment
           over two lines */
        category kettle "Kettles" {
          category travel_kettle "Travel kettles" }
        """;

    public static TheoryData<string> FixtureFiles => [.. FixturePack.Files];

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public async Task Folding_ranges_of_each_fixture_file_are_pinned(string file)
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        Snapshot.Match(await FoldAsync(client, FixturePack.Uri(file)), SnapshotNameExtension.Create(file.Replace('/', '_')));
    }

    [Fact]
    public async Task Comment_runs_and_blocks_over_several_lines_fold_and_single_lines_do_not()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync((SamplePack.Uri, Text));

        var ranges = await FoldAsync(client, SamplePack.Uri);

        Assert.Equal(
            [
                new FoldingRange(0, 2, FoldingRangeKind.Comment),
                new FoldingRange(4, 5, FoldingRangeKind.Comment),
                new FoldingRange(6, 7, null),
                new FoldingRange(11, 12, FoldingRangeKind.Comment),
                new FoldingRange(13, 14, null),
            ],
            ranges);
    }

    [Fact]
    public async Task A_block_keeps_its_closing_brace_visible_when_the_brace_starts_its_line()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var ranges = await FoldAsync(client, FixturePack.Uri("markets/china.cert"));

        var regime = FixturePack.PositionOf("markets/china.cert", "regime CCC").Line;
        var lastLine = FixturePack.Text("markets/china.cert").TrimEnd('\n').Split('\n').Length - 1;
        Assert.Contains(new FoldingRange(regime, lastLine - 1, null), ranges);
    }

    private static Task<IReadOnlyList<FoldingRange>> FoldAsync(InProcessClient client, string uri) =>
        client.RequestAsync<IReadOnlyList<FoldingRange>>("textDocument/foldingRange", new FoldingRangeParams(new TextDocumentIdentifier(uri)));
}
