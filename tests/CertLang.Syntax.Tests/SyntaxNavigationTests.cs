using CertLang.Syntax;

namespace CertLang.Syntax.Tests;

/// <summary>Walking a tree: parents, descendants, finding the token at a position, doc comments, text without trivia.</summary>
public sealed class SyntaxNavigationTests
{
    private const string Source = """
        // header

        /// China Compulsory Certification.
        /// The CCC mark.
        regime CCC in CN {
          title "CCC"   // trailing
        }

        /// Detached by a blank line.

        market CN
        """;

    private readonly SyntaxTree _tree = SyntaxTree.Parse(Source);

    [Fact]
    public void Doc_comments_directly_above_a_declaration_document_it()
    {
        var regime = Assert.IsType<RegimeDeclarationSyntax>(_tree.Root.Declarations[0]);
        var market = Assert.IsType<MarketDeclarationSyntax>(_tree.Root.Declarations[1]);

        Assert.Equal("China Compulsory Certification.\nThe CCC mark.", regime.DocumentationText);
        Assert.Equal("", market.DocumentationText);
    }

    [Fact]
    public void Find_token_returns_the_token_whose_full_span_holds_the_position()
    {
        var inTitle = Source.IndexOf("\"CCC\"", StringComparison.Ordinal) + 2;
        var inComment = Source.IndexOf("trailing", StringComparison.Ordinal);

        Assert.Equal("\"CCC\"", _tree.Root.FindToken(inTitle).Text);
        Assert.Equal("\"CCC\"", _tree.Root.FindToken(inComment).Text);
        Assert.Equal(SyntaxKind.EndOfFileToken, _tree.Root.FindToken(Source.Length).Kind);
    }

    [Fact]
    public void Descendants_come_in_source_order_and_know_their_parents()
    {
        var kinds = _tree.Root.DescendantNodes().Select(n => n.Kind).ToList();

        Assert.Equal([SyntaxKind.RegimeDeclaration, SyntaxKind.Name, SyntaxKind.TextClause, SyntaxKind.MarketDeclaration], kinds);
        var title = _tree.Root.DescendantNodes().OfType<TextClauseSyntax>().Single();
        Assert.Equal([SyntaxKind.RegimeDeclaration, SyntaxKind.CompilationUnit], title.Ancestors().Select(a => a.Kind));
    }

    [Fact]
    public void ToString_is_the_text_without_the_outer_trivia()
    {
        var regime = _tree.Root.Declarations[0];

        Assert.Equal("regime CCC in CN {\n  title \"CCC\"   // trailing\n}", regime.ToString().ReplaceLineEndings("\n"));
        Assert.StartsWith("// header", regime.ToFullString(), StringComparison.Ordinal);
    }
}
