using CertLang.Syntax.Diagnostics;

namespace CertLang.Syntax.Tests.Generators;

/// <summary>The structural promises of every syntax tree, whatever the input: checked by the property and no-crash tests.</summary>
public static class TreeInvariants
{
    private static readonly HashSet<string> SyntaxCodes = [.. SyntaxDiagnostics.All.Select(d => d.Code)];

    /// <summary>
    /// Checks that <paramref name="tree"/> is a full-fidelity tree of <paramref name="text"/>: it prints back to the text;
    /// its tokens are in order and contiguous, from 0 to the end of file token at the text's length; each token's trivia
    /// tiles its full span; missing tokens are zero-wide and carry no trivia; every child's parent is its node; and
    /// diagnostics lie inside the text, in order, with syntax codes.
    /// </summary>
    public static void Check(SyntaxTree tree, string text, bool checkParents = true)
    {
        var printed = tree.Root.ToFullString();
        if (printed != text)
        {
            var at = FirstDifference(printed, text);
            Assert.Fail($"round trip differs at {at}: printed {printed.Length} characters for {text.Length}; " +
                        $"printed {Show(printed, at)} vs source {Show(text, at)}");
        }

        Assert.Equal(text.Length, tree.Text.Length);
        CheckTokens(tree.Root, text);
        if (checkParents)
        {
            CheckParents(tree.Root);
        }

        CheckDiagnostics(tree, text.Length);
    }

    private static void CheckTokens(CompilationUnitSyntax root, string text)
    {
        var expectedStart = 0;
        SyntaxToken? last = null;
        foreach (var token in root.DescendantTokens())
        {
            Assert.True(last is null || last.Kind != SyntaxKind.EndOfFileToken, "the end of file token is not the last token");
            Assert.True(IsTokenKind(token.Kind), $"{token.Kind} in the tree is not a token kind");
            var full = token.FullSpan;
            if (full.Start != expectedStart)
            {
                Assert.Fail($"{Describe(token)} starts its full span at {full.Start}, but the previous token ended at {expectedStart}");
            }

            var position = full.Start;
            foreach (var trivia in token.LeadingTrivia)
            {
                CheckTrivia(token, trivia, position, text);
                position = trivia.Span.End;
            }

            if (token.Span.Start != position)
            {
                Assert.Fail($"{Describe(token)}: leading trivia ends at {position}, the token starts at {token.Span.Start}");
            }

            position = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
            {
                CheckTrivia(token, trivia, position, text);
                position = trivia.Span.End;
            }

            Assert.Equal(full.End, position);
            Assert.Equal(text.Substring(token.Span.Start, token.Span.Length), token.Text);
            if (token.IsMissing)
            {
                Assert.True(token.Span.Length == 0, $"missing {Describe(token)} has width {token.Span.Length}");
                Assert.True(token.FullSpan.Length == 0, $"missing {Describe(token)} has trivia");
            }
            else if (token.Kind != SyntaxKind.EndOfFileToken)
            {
                Assert.False(token.Span.Length == 0, $"real {Describe(token)} is empty");
                if (SyntaxFacts.GetText(token.Kind) is { } fixedText)
                {
                    Assert.Equal(fixedText, token.Text);
                }
            }

            expectedStart = full.End;
            last = token;
        }

        Assert.NotNull(last);
        Assert.Equal(SyntaxKind.EndOfFileToken, last.Kind);
        Assert.Same(root.EndOfFile, last);
        Assert.True(last.Span.Length == 0, "the end of file token has width");
        Assert.Equal(text.Length, last.FullSpan.End);
        Assert.Equal(text.Length, last.Span.Start);
    }

    private static void CheckTrivia(SyntaxToken token, SyntaxTrivia trivia, int expectedStart, string text)
    {
        Assert.True(IsTriviaKind(trivia.Kind), $"{trivia.Kind} on {Describe(token)} is not a trivia kind");
        if (trivia.Span.Start != expectedStart || trivia.Span.Length == 0)
        {
            Assert.Fail($"{trivia.Kind} {trivia.Span} on {Describe(token)} should start at {expectedStart} and not be empty");
        }

        Assert.Equal(text.Substring(trivia.Span.Start, trivia.Span.Length), trivia.Text);
    }

    private static void CheckParents(CompilationUnitSyntax root)
    {
        Assert.Null(root.Parent);
        foreach (var node in root.DescendantNodes().Prepend(root))
        {
            Assert.NotEmpty(node.Children);
            foreach (var child in node.Children)
            {
                if (!ReferenceEquals(child.Parent, node))
                {
                    Assert.Fail($"a {child.Kind} child of {node.Kind} has parent {child.Parent?.Kind.ToString() ?? "null"}");
                }
            }

            Assert.Equal(node.Children[0].FullSpan.Start, node.FullSpan.Start);
            Assert.Equal(node.Children[^1].FullSpan.End, node.FullSpan.End);
        }
    }

    private static void CheckDiagnostics(SyntaxTree tree, int length)
    {
        Diagnostic? previous = null;
        foreach (var diagnostic in tree.Diagnostics)
        {
            Assert.Contains(diagnostic.Code, SyntaxCodes);
            Assert.True(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= length, $"{diagnostic.Code} at {diagnostic.Span} lies outside the text of {length}");
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
            if (previous is not null)
            {
                Assert.True(previous.Span.CompareTo(diagnostic.Span) <= 0, $"diagnostics out of order: {previous.Span} before {diagnostic.Span}");
            }

            previous = diagnostic;
        }
    }

    /// <summary>Whether a token of the tree has trivia of <paramref name="kind"/>.</summary>
    public static bool HasTrivia(SyntaxToken token, SyntaxKind kind) =>
        token.LeadingTrivia.Any(t => t.Kind == kind) || token.TrailingTrivia.Any(t => t.Kind == kind);

    private static bool IsTokenKind(SyntaxKind kind) => kind is >= SyntaxKind.PackKeyword and <= SyntaxKind.EndOfFileToken;

    private static bool IsTriviaKind(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.SkippedTokenTrivia;

    private static string Describe(SyntaxToken token) =>
        $"{(token.IsMissing ? "missing " : "")}{token.Kind} {token.Span} '{CertSourceGenerator.Escape(token.Text)}' in {token.Parent?.Kind}";

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Show(string text, int at) =>
        CertSourceGenerator.Escape(text.Substring(Math.Max(0, at - 20), Math.Min(text.Length, at + 20) - Math.Max(0, at - 20)));
}
