using CertLang.Syntax;

namespace CertLang.Syntax.Tests;

/// <summary>The <c>takes</c> of an <c>accepts</c> clause: a duration or a range before the window, never with <c>when</c>.</summary>
public sealed class AcceptanceTakesSyntaxTests
{
    [Fact]
    public void An_acceptance_takes_a_duration_or_a_range_before_its_window()
    {
        var tree = SyntaxTree.Parse("regime R in US { accepts NRTL, CA_SAFETY takes 2..4 weeks from 2024-01-01 until 2030-12-31 }");

        var accepts = Assert.IsType<AcceptsClauseSyntax>(tree.Root.Declarations.OfType<RegimeDeclarationSyntax>().Single().Clauses.Single());
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(["NRTL", "CA_SAFETY"], accepts.Regimes.Select(r => r.Identifier.Text));
        Assert.Equal("takes 2..4 weeks", accepts.Takes!.ToString());
        Assert.Null(accepts.Takes.When);
        Assert.Equal("2024-01-01", accepts.From!.Date.Text);
        Assert.Equal("2030-12-31", accepts.Until!.Date.Text);
    }

    [Fact]
    public void An_acceptance_without_takes_has_none()
    {
        var tree = SyntaxTree.Parse("regime R in US { accepts NRTL until 2030-12-31 }");

        Assert.Null(tree.Root.Declarations.OfType<RegimeDeclarationSyntax>().Single().Clauses.OfType<AcceptsClauseSyntax>().Single().Takes);
    }

    [Theory]
    [InlineData("regime R in US { accepts NRTL takes 2 weeks when has_radio }", "CERT0005")]
    [InlineData("regime R in US { accepts NRTL takes }", "CERT0006")]
    [InlineData("regime R in US { accepts NRTL from 2024-01-01 takes 2 weeks }", "CERT0005")]
    public void A_conditional_misplaced_or_incomplete_takes_is_one_diagnostic_and_the_next_declaration_still_parses(string source, string code)
    {
        var tree = SyntaxTree.Parse(source + "\nmarket DE \"Germany\"");

        Assert.Equal(code, Assert.Single(tree.Diagnostics).Code);
        Assert.Equal("DE", tree.Root.Declarations.OfType<MarketDeclarationSyntax>().Last().Name.Text);
        Assert.Equal(source + "\nmarket DE \"Germany\"", tree.Root.ToFullString());
    }
}
