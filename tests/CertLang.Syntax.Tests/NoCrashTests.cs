using System.Diagnostics;
using System.Text;
using CertLang.Syntax.Tests.Generators;
using Xunit.Abstractions;

namespace CertLang.Syntax.Tests;

/// <summary>
/// The parser never throws, hangs or overflows its stack (docs/language.md, "Limits"): deep nesting is cut at 100 levels
/// with CERT0007, long and/or chains become shallow balanced trees, and 50 MB inputs parse to the end. Every parse runs
/// on a thread with a 1 MB stack (the default main-thread stack on Windows) under a time limit.
/// </summary>
public sealed class NoCrashTests(ITestOutputHelper output)
{
    private const int StackSize = 1024 * 1024;
    private const string NestingTooDeep = "CERT0007";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static string Where(string condition) => $"regime R in M {{ scope {{ include x where {condition} }} }}";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Fact]
    public void Ten_thousand_nested_parentheses_are_cut_at_the_nesting_limit()
    {
        var text = Where(Repeat("(", 10_000) + "a" + Repeat(")", 10_000));
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        var tooDeep = Assert.Single(tree.Diagnostics, d => d.Code == NestingTooDeep);
        Assert.Equal("(", text.Substring(tooDeep.Span.Start, tooDeep.Span.Length));
        Assert.DoesNotContain(tree.Diagnostics, d => d.Span.Start < tooDeep.Span.Start);
        Assert.True(MaxDepth(tree) < 200, $"tree depth {MaxDepth(tree)}");
    }

    [Fact]
    public void Ten_thousand_nested_categories_are_cut_at_the_nesting_limit()
    {
        var text = Repeat("category c {\n", 10_000) + Repeat("}\n", 10_000);
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal((NestingTooDeep, "{"), (diagnostic.Code, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length)));
        Assert.Equal(100, diagnostic.LineSpan.Start.Line);
        Assert.IsType<CategoryDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
    }

    [Fact]
    public void A_hundred_thousand_nots_are_cut_at_the_nesting_limit()
    {
        var text = Where(Repeat("not ", 100_000) + "has_radio");
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal((NestingTooDeep, "not"), (diagnostic.Code, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length)));
        Assert.True(MaxDepth(tree) < 200, $"tree depth {MaxDepth(tree)}");
    }

    [Theory]
    [InlineData("and")]
    [InlineData("or")]
    public void A_chain_of_a_hundred_thousand_operators_is_a_shallow_balanced_tree(string op)
    {
        var text = Where("a" + Repeat($" {op} a", 100_000));
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        Assert.Empty(tree.Diagnostics);
        var where = Assert.Single(tree.Root.DescendantNodes().OfType<WhereClauseSyntax>());
        var chain = Assert.IsType<BinaryConditionSyntax>(where.Condition);
        Assert.Equal(100_000, chain.DescendantNodes().OfType<BinaryConditionSyntax>().Count() + 1);
        Assert.True(MaxDepth(tree) < 200, $"tree depth {MaxDepth(tree)}");
    }

    [Fact]
    public void A_long_chain_of_ands_inside_ors_inside_parentheses_stays_shallow()
    {
        var text = Where(Repeat("(a and b or not c) or ", 20_000) + "d");
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        Assert.Empty(tree.Diagnostics);
        Assert.True(MaxDepth(tree) < 200, $"tree depth {MaxDepth(tree)}");
    }

    [Theory]
    [InlineData("((((")]
    [InlineData("(((( not not")]
    [InlineData("(a and (b or")]
    [InlineData("use in { a, (")]
    public void Unclosed_parentheses_at_the_end_of_the_file_are_reported_and_round_trip(string condition)
    {
        var text = "regime R in M { scope { include x where " + condition;
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        Assert.NotEmpty(tree.Diagnostics);
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == NestingTooDeep);
        Assert.IsType<RegimeDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
    }

    [Theory]
    [InlineData("(", 10_000)]
    [InlineData("{", 10_000)]
    [InlineData("( not ", 10_000)]
    [InlineData(")}", 10_000)]
    [InlineData("not ", 100_000)]
    public void Long_runs_of_brackets_and_nots_alone_round_trip(string run, int count)
    {
        var text = Repeat(run, count);
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        Assert.NotEmpty(tree.Diagnostics);
    }

    /// <summary>Two braces (regime, scope) plus 98 parentheses or nots are 100 levels: allowed; one more is not.</summary>
    [Theory]
    [InlineData("(", ")", 98, false)]
    [InlineData("(", ")", 99, true)]
    [InlineData("not ", "", 98, false)]
    [InlineData("not ", "", 99, true)]
    [InlineData("not (", ")", 49, false)]
    [InlineData("not (", ")", 50, true)]
    public void Conditions_nest_at_most_100_levels_counting_the_braces_around_them(string open, string close, int count, bool tooDeep)
    {
        var text = Where(Repeat(open, count) + "a" + Repeat(close, count));
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        Assert.Equal(tooDeep, tree.Diagnostics.Any(d => d.Code == NestingTooDeep));
        if (!tooDeep)
        {
            Assert.Empty(tree.Diagnostics);
        }
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public void Categories_nest_at_most_100_levels(int count, bool tooDeep)
    {
        var text = Repeat("category c { ", count) + Repeat("} ", count);
        var tree = Parse(text, Limit);

        TreeInvariants.Check(tree, text);
        string[] expected = tooDeep ? [NestingTooDeep] : [];
        Assert.Equal(expected, tree.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    [Trait("Category", "Large")]
    public void A_50_MB_file_of_valid_regimes_parses_clean_and_round_trips()
    {
        const string regime = """
            /// China Compulsory Certification (the CCC mark).
            regime CCC in CN {
              title     "China Compulsory Certification"
              authority "CNCA"
              route     certification
              validity  5 years
              effective 2002-05-01
              scope {
                include household_appliance, hs 8516.31 where rated_voltage <= 250 V and use in { household, commercial } from 2027-01-01
                exclude where use == medical or not (has_radio and category is lighting)   // a comment
              }
              process {
                step application "Application" takes 1..2 weeks
                step type_test "Type testing" after application {
                  takes 1..2 weeks when has_cb_report
                  takes 4..8 weeks
                }
                step certificate "Certificate" takes 2..3 weeks after type_test, application
              }
              surveillance "Follow-up inspection" every 12 months   /* a block comment */
              requires OTHER
              accepts OTHER until 2027-12-31
            }


            """;
        var copies = (50 * 1024 * 1024 / regime.Length) + 1;
        var text = Repeat(regime, copies);

        var tree = ParseLarge(text);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(copies, tree.Root.Declarations.Length);
        Assert.All(tree.Root.Declarations, d => Assert.Equal(10, Assert.IsType<RegimeDeclarationSyntax>(d).Clauses.Length));
    }

    [Fact]
    [Trait("Category", "Large")]
    public void A_50_MB_file_of_random_junk_round_trips()
    {
        var random = new Random(20270101);
        string[] pieces = ["regime", "category", "{", "}", "(", ")", "\"", "/*", "*/", "//", "\n", "\r\n", " ", "and", "not", "where", "1..2", "weeks",
            "x", "2027-01-01", "8516.31", ",", ":", "==", "=", "$", "\\", "\0", "\ud800", "é", "中"];
        var builder = new StringBuilder(50 * 1024 * 1024 + 16);
        while (builder.Length < 50 * 1024 * 1024)
        {
            if (random.Next(3) == 0)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }
            else
            {
                builder.Append((char)random.Next(0, 0x10000));
            }
        }

        var tree = ParseLarge(builder.ToString());

        Assert.NotEmpty(tree.Diagnostics);
    }

    private SyntaxTree ParseLarge(string text)
    {
        var clock = Stopwatch.StartNew();
        var tree = Parse(text, TimeSpan.FromMinutes(10));
        var parsed = clock.Elapsed;

        clock.Restart();
        var printed = tree.Root.ToFullString();
        var print = clock.Elapsed;
        Assert.Equal(text.Length, printed.Length);
        Assert.True(string.Equals(text, printed, StringComparison.Ordinal), "the 50 MB text does not round-trip");

        clock.Restart();
        TreeInvariants.Check(tree, text);
        output.WriteLine($"{text.Length / 1e6:0.0} M characters: parse {parsed.TotalSeconds:0.0} s, ToFullString {print.TotalSeconds:0.0} s, " +
                         $"invariants {clock.Elapsed.TotalSeconds:0.0} s; {tree.Root.Declarations.Length} declarations, {tree.Diagnostics.Length} diagnostics; " +
                         $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:0.0} GB");
        return tree;
    }

    /// <summary>Parses on a thread with a 1 MB stack; fails if the parse throws or takes longer than <paramref name="limit"/>.</summary>
    private static SyntaxTree Parse(string text, TimeSpan limit)
    {
        SyntaxTree? tree = null;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    tree = SyntaxTree.Parse(text);
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            StackSize) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(limit), $"Parse did not finish within {limit}");
        Assert.Null(error);
        return tree!;
    }

    /// <summary>The largest number of ancestors of any token.</summary>
    private static int MaxDepth(SyntaxTree tree) => tree.Root.DescendantTokens().Max(t => t.Ancestors().Count());
}
