using CertLang.LanguageServer.Protocol;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/semanticTokens/full</c> and <c>…/range</c>, decoded from the relative encoding with the legend <c>initialize</c> announced.</summary>
public sealed class SemanticTokensTests
{
    /// <summary>A regime called <c>mark</c>, which is also a keyword of the regime's body.</summary>
    private const string SoftKeywords = """
        pack demo version 1.0.0 "Demo"

        attribute rated_voltage: voltage
        attribute use: enum { household, industrial }

        category kettle "Electric kettles" hs 8516.71

        market CN "China"

        /// A regime whose name is a keyword.
        regime mark in CN {
          mark "M"
          effective 2027-01-01
          scope {
            include kettle, hs 8516.79 where rated_voltage > 12 V
            exclude where use == industrial or category is kettle
          }
          process {
            step review "Review" takes 1..2 weeks
            step stamp "Stamp" takes 3 days after review
          }
        }

        test "a kettle" {
          product {
            category kettle
            hs 8516.71
            rated_voltage 230 V
          }
          expect mark required
        }
        """;

    public static TheoryData<string> FixtureFiles => [.. FixturePack.Files];

    [Fact]
    public async Task Initialize_announces_full_and_range_with_a_legend_that_has_units_dates_and_hs_codes()
    {
        await using var client = InProcessClient.Start();

        var capabilities = await client.OpenAsync();

        var provider = capabilities.SemanticTokensProvider;
        Assert.NotNull(provider);
        Assert.True(provider.Full && provider.Range);
        Assert.Equal(
            ["namespace", "type", "class", "struct", "enumMember", "property", "method", "keyword", "operator", "number", "string", "comment", "unit", "date", "hsCode"],
            provider.Legend.TokenTypes);
        Assert.Equal(["declaration", "documentation", "defaultLibrary"], provider.Legend.TokenModifiers);
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public async Task Tokens_of_each_fixture_file_are_pinned(string file)
    {
        await using var client = InProcessClient.Start();
        var legend = (await FixturePack.OpenAllAsync(client)).SemanticTokensProvider!.Legend;

        var tokens = await FullAsync(client, FixturePack.Uri(file), legend, FixturePack.Text(file));

        Snapshot.Match(string.Join('\n', tokens), SnapshotNameExtension.Create(file.Replace('/', '_')));
    }

    [Fact]
    public async Task A_regime_named_mark_is_a_declaration_and_a_reference_where_it_is_named_and_a_keyword_where_mark_is_a_clause()
    {
        var tokens = await SoftKeywordTokensAsync();

        var marks = tokens.Where(t => t.Text == "mark").Select(t => (t.Line, t.ToString())).ToList();

        Assert.Equal([(10, "10:7 struct.declaration mark"), (11, "11:2 keyword mark"), (29, "29:9 struct mark")], marks);
    }

    [Fact]
    public async Task A_quantity_is_a_number_then_a_unit_and_a_duration_range_is_number_operator_number_unit()
    {
        var tokens = await SoftKeywordTokensAsync();

        Assert.Equal(["operator >", "number 12", "unit V"], Line(tokens, 14).TakeLast(3).Select(t => t.Described));
        Assert.Equal(["number 1", "operator ..", "number 2", "unit weeks"], Line(tokens, 18).Skip(4).Select(t => t.Described));
        Assert.Equal(["property rated_voltage", "number 230", "unit V"], Line(tokens, 27).Select(t => t.Described));
    }

    [Fact]
    public async Task Dates_and_hs_codes_get_their_own_types_wherever_they_are_written()
    {
        var tokens = await SoftKeywordTokensAsync();

        Assert.Equal(["keyword effective", "date 2027-01-01"], Line(tokens, 12).Select(t => t.Described));
        Assert.Equal("hsCode 8516.71", Line(tokens, 5).Last().Described);
        Assert.Contains(Line(tokens, 14), t => t.ToString() == "14:23 hsCode 8516.79");
        Assert.Equal(["property.defaultLibrary hs", "hsCode 8516.71"], Line(tokens, 26).Select(t => t.Described));
    }

    [Fact]
    public async Task Names_are_classified_by_what_they_name_and_declarations_carry_the_modifier()
    {
        var tokens = await SoftKeywordTokensAsync();

        Assert.Equal(
            ["keyword exclude", "keyword where", "property use", "operator ==", "enumMember industrial", "keyword or", "property.defaultLibrary category", "keyword is", "class kettle"],
            Line(tokens, 15).Select(t => t.Described));
        Assert.Equal(
            ["keyword step", "method.declaration stamp", "string \"Stamp\"", "keyword takes", "number 3", "unit days", "keyword after", "method review"],
            Line(tokens, 19).Select(t => t.Described));
        Assert.Equal("comment.documentation /// A regime whose name is a keyword.", Line(tokens, 9).Single().Described);
        Assert.Equal("string.declaration \"a kettle\"", tokens.Single(t => t.Text == "\"a kettle\"").Described);
    }

    [Fact]
    public async Task A_block_comment_over_several_lines_becomes_one_token_per_line()
    {
        const string Text = "/* first\n   second */ market CN \"China\"\n";
        await using var client = InProcessClient.Start();
        var legend = (await client.OpenAsync((SamplePack.Uri, Text))).SemanticTokensProvider!.Legend;

        var tokens = await FullAsync(client, SamplePack.Uri, legend, Text);

        Assert.Equal(["0:0 comment /* first", "1:0 comment    second */", "1:13 keyword market", "1:20 namespace.declaration CN", "1:23 string \"China\""], tokens.Select(t => t.ToString()));
    }

    [Fact]
    public async Task A_range_gets_exactly_the_tokens_of_the_full_answer_that_overlap_it()
    {
        await using var client = InProcessClient.Start();
        var legend = (await FixturePack.OpenAllAsync(client)).SemanticTokensProvider!.Legend;
        var uri = FixturePack.Uri("markets/china.cert");
        var text = FixturePack.Text("markets/china.cert");
        var range = new Protocol.Range(FixturePack.PositionOf("markets/china.cert", "process {"), FixturePack.PositionOf("markets/china.cert", "surveillance"));

        var full = await FullAsync(client, uri, legend, text);
        var ranged = DecodedSemanticToken.Decode(
            await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/range", new SemanticTokensRangeParams(new TextDocumentIdentifier(uri), range)), legend, text);

        Assert.Equal(full.Where(t => t.Line >= range.Start.Line && t.Line < range.End.Line).Select(t => t.ToString()), ranged.Select(t => t.ToString()));
        Assert.Equal("keyword process", ranged[0].Described);
        Assert.Equal("comment // annual per S10; the notes give 12-18 months as the usual band (S4, S10).", ranged[^1].Described);
    }

    [Fact]
    public async Task A_range_past_the_end_of_the_document_is_clamped_and_a_range_wholly_past_it_has_no_tokens()
    {
        await using var client = InProcessClient.Start();
        var legend = (await client.OpenAsync((SamplePack.Uri, SamplePack.Text))).SemanticTokensProvider!.Legend;

        var full = await FullAsync(client, SamplePack.Uri, legend, SamplePack.Text);
        var clamped = await RangeAsync(client, new Protocol.Range(new Position(-3, -1), new Position(500, 0)));
        var beyond = await RangeAsync(client, new Protocol.Range(new Position(400, 0), new Position(500, 0)));
        var reversed = await RangeAsync(client, new Protocol.Range(new Position(9, 0), new Position(2, 0)));

        Assert.Equal(full.Select(t => t.ToString()), DecodedSemanticToken.Decode(clamped, legend, SamplePack.Text).Select(t => t.ToString()));
        Assert.Empty(beyond.Data);
        Assert.Empty(reversed.Data);
    }

    private static async Task<IReadOnlyList<DecodedSemanticToken>> SoftKeywordTokensAsync()
    {
        await using var client = InProcessClient.Start();
        var legend = (await client.OpenAsync((SamplePack.Uri, SoftKeywords))).SemanticTokensProvider!.Legend;
        return await FullAsync(client, SamplePack.Uri, legend, SoftKeywords);
    }

    private static IEnumerable<DecodedSemanticToken> Line(IEnumerable<DecodedSemanticToken> tokens, int line) => tokens.Where(t => t.Line == line);

    private static async Task<IReadOnlyList<DecodedSemanticToken>> FullAsync(InProcessClient client, string uri, SemanticTokensLegend legend, string text) =>
        DecodedSemanticToken.Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend, text);

    private static Task<SemanticTokens> RangeAsync(InProcessClient client, Protocol.Range range) =>
        client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/range", new SemanticTokensRangeParams(new TextDocumentIdentifier(SamplePack.Uri), range));
}
