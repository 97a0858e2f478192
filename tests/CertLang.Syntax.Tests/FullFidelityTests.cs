using CertLang.Syntax.Tests.Generators;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Syntax.Tests;

/// <summary>
/// Property tests of the full-fidelity promise: for any text, <c>SyntaxTree.Parse(text).Root.ToFullString() == text</c>,
/// Parse never throws, and the tree keeps its structural invariants (<see cref="TreeInvariants"/>). Valid files must
/// also parse without a diagnostic, to exactly the tokens and declarations they were generated from.
/// </summary>
/// <remarks>
/// Each property runs <c>CERTLANG_PROPERTY_ITERATIONS</c> cases (default 2,000; the full run sets 40,000, which makes
/// 120,000 cases over the three properties). A failure prints the shrunk input and a seed; re-run one case with
/// <c>CsCheck_Seed=&lt;seed&gt;</c>.
/// </remarks>
public sealed class FullFidelityTests
{
    /// <summary>The number of cases each property runs.</summary>
    public static readonly long Iterations = PropertyIterations.Read(2_000);

    [Fact]
    public void Generated_valid_files_round_trip_and_parse_clean_to_their_own_tokens()
    {
        CertSourceGenerator.ValidFile.Sample(source =>
        {
            var tree = SyntaxTree.Parse(source.Text);
            TreeInvariants.Check(tree, source.Text);
            if (!tree.Diagnostics.IsEmpty)
            {
                Assert.Fail("a valid file has diagnostics:\n" + string.Join("\n", tree.Diagnostics.Select(d =>
                    $"  {d.Code} at {d.LineSpan.Start} {CertSourceGenerator.Escape(source.Text.Substring(d.Span.Start, d.Span.Length))}: {d.Message}")));
            }

            var tokens = tree.Root.DescendantTokens().Where(t => t.Kind != SyntaxKind.EndOfFileToken).Select(t => t.Text).ToList();
            Assert.Equal(source.Tokens, tokens);
            Assert.Equal(source.Declarations, tree.Root.Declarations.Select(d => d.Kind).ToList());
            Assert.DoesNotContain(tree.Root.DescendantTokens(), t => t.IsMissing
                || TreeInvariants.HasTrivia(t, SyntaxKind.SkippedTokenTrivia) || TreeInvariants.HasTrivia(t, SyntaxKind.BadCharactersTrivia));
        }, iter: Iterations, print: source => source.ToString());
    }

    [Fact]
    public void Mutated_valid_files_round_trip()
    {
        CertSourceGenerator.MutatedFile.Sample(mutated =>
        {
            var tree = SyntaxTree.Parse(mutated.Text);
            TreeInvariants.Check(tree, mutated.Text);
        }, iter: Iterations, print: mutated =>
            $"{CertSourceGenerator.Escape(mutated.Text)}\n  edits: {string.Join(", ", mutated.Edits.Select(e => e.ToString()))}\n  original: {mutated.Original}");
    }

    [Fact]
    public void Random_text_round_trips()
    {
        CertSourceGenerator.RandomText.Sample(text =>
        {
            var tree = SyntaxTree.Parse(text);
            TreeInvariants.Check(tree, text);
        }, iter: Iterations, print: CertSourceGenerator.Escape);
    }
}
