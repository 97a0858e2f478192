using CertLang.LanguageServer.Protocol;
using CertLang.Semantics.Formatting;
using CertLang.Syntax;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/formatting</c>: the formatter of <c>certc fmt</c>, as one edit over the whole document.</summary>
public sealed class FormattingTests
{
    private const string BadlyLaidOut = """
        pack demo   version 1.0.0 "Demo"
        attribute rated_voltage :voltage
        category kettle "Electric kettles" hs 8516.71
        market CN "China"
        // China Compulsory Certification.
        regime CCC in CN { route certification
        scope { include kettle where rated_voltage > 12 V }
            }
        """;

    [Fact]
    public async Task A_badly_laid_out_document_gets_one_edit_over_the_whole_text_giving_what_certc_fmt_gives()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync((SamplePack.Uri, BadlyLaidOut));

        var edits = await FormatAsync(client);

        var edit = Assert.Single(edits);
        Assert.Equal(new Protocol.Range(new Position(0, 0), new Position(7, 5)), edit.Range);
        Assert.Equal(CertFormatter.Format(SyntaxTree.Parse(BadlyLaidOut)), edit.NewText);
        Snapshot.Match(edit.NewText);
    }

    [Fact]
    public async Task A_document_already_formatted_gets_no_edit()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync((SamplePack.Uri, CertFormatter.Format(SyntaxTree.Parse(BadlyLaidOut))!));

        Assert.Empty(await FormatAsync(client));
    }

    [Fact]
    public async Task A_document_with_a_syntax_error_gets_no_edit()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync((SamplePack.Uri, BadlyLaidOut.Replace("route certification", "route certification {", StringComparison.Ordinal)));

        Assert.Empty(await FormatAsync(client));
    }

    [Fact]
    public async Task Every_fixture_file_is_formatted_already()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        foreach (var file in FixturePack.Files)
        {
            Assert.Empty(await FormatAsync(client, FixturePack.Uri(file)));
        }
    }

    private static Task<IReadOnlyList<TextEdit>> FormatAsync(InProcessClient client, string uri = SamplePack.Uri) =>
        client.RequestAsync<IReadOnlyList<TextEdit>>("textDocument/formatting", new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, InsertSpaces: true)));
}
