using CertLang.Syntax;

namespace CertLang.Syntax.Tests;

/// <summary>The <c>not covered</c> clause of a market: its tree, the soft keyword <c>covered</c>, and recovery.</summary>
public sealed class NotCoveredSyntaxTests
{
    [Fact]
    public void A_market_holds_its_members_and_not_covered_clauses_in_source_order()
    {
        var tree = SyntaxTree.Parse("""
            market EU "European Union" {
              not covered "Machinery is not modelled"
              members DE, FR
              not covered "RoHS"
            }
            """);

        var body = Assert.Single(tree.Root.Declarations.OfType<MarketDeclarationSyntax>()).Body!;
        Assert.Empty(tree.Diagnostics);
        Assert.Equal([SyntaxKind.NotCoveredClause, SyntaxKind.MembersClause, SyntaxKind.NotCoveredClause], body.Clauses.Select(c => c.Kind));
        var first = Assert.IsType<NotCoveredClauseSyntax>(body.Clauses[0]);
        Assert.Equal((SyntaxKind.NotKeyword, SyntaxKind.CoveredKeyword, "\"Machinery is not modelled\""), (first.NotKeyword.Kind, first.CoveredKeyword.Kind, first.Text.Text));
    }

    [Fact]
    public void Covered_is_a_soft_keyword_and_names_a_market_or_a_regime()
    {
        var tree = SyntaxTree.Parse("""
            market covered { not covered "x" }
            regime covered in covered { requires covered }
            """);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal("covered", tree.Root.Declarations.OfType<RegimeDeclarationSyntax>().Single().Name.Text);
    }

    [Theory]
    [InlineData("market CN { not covered }")]
    [InlineData("market CN { not \"SRRC\" }")]
    public void An_incomplete_statement_is_one_diagnostic_at_the_end_of_its_line_and_the_next_declaration_still_parses(string source)
    {
        var tree = SyntaxTree.Parse(source + "\nmarket DE \"Germany\"");

        Assert.Equal("CERT0006", Assert.Single(tree.Diagnostics).Code);
        Assert.Equal("DE", tree.Root.Declarations.OfType<MarketDeclarationSyntax>().Last().Name.Text);
        Assert.Equal(source + "\nmarket DE \"Germany\"", tree.Root.ToFullString());
    }
}
