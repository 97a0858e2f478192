using CertLang.Syntax;

namespace CertLang.Syntax.Tests;

/// <summary>Escapes in string literals: \uXXXX may name a surrogate pair only as a whole pair (text a UTF-8 pack can hold).</summary>
public sealed class StringEscapeTests
{
    [Theory]
    [InlineData("""\uD83D\uDE00""")]
    [InlineData("""\u00E9\n\t\"\\""")]
    [InlineData("""\u001B[31m""")]
    public void Known_escapes_and_whole_surrogate_pairs_are_accepted(string body) =>
        Assert.Empty(EscapeDiagnostics(body));

    [Theory]
    [InlineData("""\uD83D""", """\uD83D""")]
    [InlineData("""\uDE00x""", """\uDE00""")]
    [InlineData("""\uD83D\u0041""", """\uD83D""")]
    public void Half_of_a_surrogate_pair_is_an_invalid_escape_at_that_half(string body, string reported)
    {
        var diagnostic = Assert.Single(EscapeDiagnostics(body));

        Assert.Contains($"'{reported}' is half of a surrogate pair", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_written_in_the_wrong_order_is_two_halves()
    {
        Assert.Equal(2, EscapeDiagnostics("""\uDE00\uD83D""").Count());
    }

    private static IEnumerable<Diagnostics.Diagnostic> EscapeDiagnostics(string body) =>
        SyntaxTree.Parse($"pack p version 1.0.0 \"{body}\"\n").Diagnostics.Where(d => d.Code == "CERT0003");
}
