using CertLang.Semantics.Formatting;
using CertLang.Syntax;
using CertLang.Syntax.Tests.Generators;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Semantics.Tests.Formatting;

/// <summary>
/// Property tests of the formatter over generated valid files with random trivia between any two tokens (comments of
/// every kind, blank lines, \n, \r\n and \r line breaks): formatting is idempotent, changes no token, keeps every
/// comment, and keeps each doc comment on the declaration it documents.
/// </summary>
/// <remarks>
/// The properties are checked together on each case, because parsing dominates their cost and they share the parses
/// (the source and its formatted text). The test runs <c>CERTLANG_PROPERTY_ITERATIONS</c> cases (default 1,000;
/// test.sh sets 40,000: about 60 s of CPU time, some 30 s on two idle cores). A failure prints the shrunk input and a
/// seed; re-run one case with <c>CsCheck_Seed=&lt;seed&gt;</c>.
/// </remarks>
public sealed class FormatterPropertyTests
{
    private static readonly long Iterations = PropertyIterations.Read(defaultCount: 1_000);

    [Fact]
    public void Formatting_is_idempotent_and_keeps_every_token_and_comment()
    {
        CertSourceGenerator.ValidFile.Sample(source =>
        {
            var original = SyntaxTree.Parse(source.Text);
            var formatted = Format(original);
            var reparsed = SyntaxTree.Parse(formatted);

            Assert.True(reparsed.Diagnostics.IsEmpty, $"the formatted text has diagnostics: {string.Join("; ", reparsed.Diagnostics)}\n{Show(formatted)}");
            AssertIdempotent(formatted, reparsed);
            Assert.Equal(Tokens(original), Tokens(reparsed));
            Assert.Equal(Comments(original), Comments(reparsed));
            Assert.Equal(Documentation(original), Documentation(reparsed));
        }, iter: Iterations, print: source => source.ToString());
    }

    private static void AssertIdempotent(string formatted, SyntaxTree reparsed)
    {
        var twice = Format(reparsed);
        Assert.True(formatted == twice, $"formatting again changes the text:\n  once:  {Show(formatted)}\n  twice: {Show(twice)}");
    }

    private static string Format(SyntaxTree tree) =>
        CertFormatter.Format(tree) ?? throw new InvalidOperationException("a valid file has syntax errors");

    private static string Show(string text) => CertSourceGenerator.Escape(text);

    /// <summary>Every token, end of file included, by kind and text.</summary>
    private static List<(SyntaxKind Kind, string Text)> Tokens(SyntaxTree tree) =>
        [.. tree.Root.DescendantTokens().Select(token => (token.Kind, token.Text))];

    /// <summary>The texts of all comments, sorted: a multiset.</summary>
    private static List<string> Comments(SyntaxTree tree) =>
    [
        .. tree.Root.DescendantTokens()
            .SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia))
            .Where(trivia => trivia.Kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.DocumentationCommentTrivia or SyntaxKind.MultiLineCommentTrivia)
            .Select(trivia => trivia.Text)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The doc comment text of every declaration, nested categories included, in source order.</summary>
    private static List<string> Documentation(SyntaxTree tree) =>
        [.. tree.Root.DescendantNodes().OfType<DeclarationSyntax>().Select(declaration => declaration.DocumentationText)];
}
