using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Tests;

/// <summary>Where an edit lands: positions past the end are clamped to the end of their line or of the text, a negative or reversed range is refused.</summary>
public sealed class TextChangesTests
{
    private static readonly SourceText Text = SourceText.From("ab\ncd\n");

    private static string Apply(int startLine, int startCharacter, int endLine, int endCharacter, string inserted = "X") =>
        TextChanges.Apply(Text, new TextDocumentContentChangeEvent(inserted, new Protocol.Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)))).ToString();

    [Fact]
    public void A_line_past_the_end_means_the_end_of_the_text() => Assert.Equal("ab\ncd\nX", Apply(1000, 0, 1000, 5));

    [Fact]
    public void A_character_past_the_end_of_its_line_means_the_end_of_that_line() => Assert.Equal("abX\ncd\n", Apply(0, 500, 0, int.MaxValue));

    [Fact]
    public void A_range_to_past_the_end_replaces_the_rest_of_the_text() => Assert.Equal("aX", Apply(0, 1, int.MaxValue, 0));

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0, -1, 0, 0)]
    [InlineData(0, 0, 0, -5)]
    [InlineData(1, 0, 0, 0)]
    [InlineData(0, 2, 0, 1)]
    public void A_negative_or_reversed_range_is_refused(int startLine, int startCharacter, int endLine, int endCharacter) =>
        Assert.Throws<InvalidOperationException>(() => Apply(startLine, startCharacter, endLine, endCharacter));

    [Fact]
    public void Text_with_lone_surrogates_and_control_characters_is_read_as_sent()
    {
        var change = System.Text.Json.JsonSerializer.Deserialize<TextDocumentContentChangeEvent>(
            """{"text":"a\ud800b\u0001\udc00\"\\\/\n\t"}""", LspJson.CreateFormatter().JsonSerializerOptions)!;

        Assert.Equal("a\ud800b\u0001\udc00\"\\/\n\t", change.Text);
    }
}
