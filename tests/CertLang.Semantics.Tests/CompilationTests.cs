using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Tests;

/// <summary>The compilation: its trees, replacing one of them, and the order of its diagnostics.</summary>
public sealed class CompilationTests
{
    private static readonly string Regime = """
        regime CCC in CN {
          scope { include kettle where rated_voltage > 12 V }
        }
        """;

    [Fact]
    public void Trees_are_ordered_by_path_whatever_order_they_come_in()
    {
        var compilation = Compilation.Create([Parse("z.cert", ""), Parse("a/b.cert", ""), Parse("B.cert", ""), Parse("a.cert", "")]);

        Assert.Equal(["B.cert", "a.cert", "a/b.cert", "z.cert"], compilation.SyntaxTrees.Select(t => t.FilePath));
    }

    [Fact]
    public void Replacing_a_tree_shares_the_other_trees_and_rebinds()
    {
        var header = Parse("pack.cert", TestPacks.Header);
        var tests = Parse("tests.cert", "test \"kettle\" { product { category kettle } expect CCC required }\n");
        var broken = Parse("regimes/china.cert", Regime.Replace("rated_voltage", "rated_votage", StringComparison.Ordinal));
        var before = Compilation.Create([header, broken, tests]);

        var fixedTree = Parse("regimes/china.cert", Regime);
        var after = before.ReplaceSyntaxTree(broken, fixedTree);

        Assert.NotSame(before, after);
        Assert.Equal(3, after.SyntaxTrees.Length);
        Assert.Same(header, after.SyntaxTrees.Single(t => t.FilePath == "pack.cert"));
        Assert.Same(tests, after.SyntaxTrees.Single(t => t.FilePath == "tests.cert"));
        Assert.Same(fixedTree, after.SyntaxTrees.Single(t => t.FilePath == "regimes/china.cert"));
        Assert.Equal(["CERT1001"], TestPacks.ProblemCodes(before));
        Assert.Empty(TestPacks.Problems(after));
        Assert.Contains(broken, before.SyntaxTrees);
        Assert.NotSame(before.Regimes.First(r => r.Name == "CCC"), after.Regimes.First(r => r.Name == "CCC"));
        Assert.Same(after.Regimes.First(r => r.Name == "CCC"), after.Tests.Single().Expectations.Single().Regime);
    }

    [Fact]
    public void Replacing_a_tree_can_introduce_diagnostics_in_other_files()
    {
        var header = Parse("pack.cert", TestPacks.Header);
        var regimes = Parse("regimes.cert", Regime);
        var before = Compilation.Create([header, regimes]);

        var after = before.ReplaceSyntaxTree(header, Parse("pack.cert", TestPacks.Header.Replace("category kettle", "category electric_kettle", StringComparison.Ordinal)));

        Assert.Empty(TestPacks.Problems(before));
        Assert.Equal([("regimes.cert", "CERT1002")], after.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (d.Source.Path, d.Code)));
    }

    [Fact]
    public void Replacing_a_tree_that_is_not_in_the_compilation_throws()
    {
        var compilation = Compilation.Create([Parse("pack.cert", TestPacks.Header)]);

        Assert.Throws<ArgumentException>(() => compilation.ReplaceSyntaxTree(Parse("pack.cert", TestPacks.Header), Parse("pack.cert", "")));
    }

    [Fact]
    public void Trees_can_be_added_and_removed()
    {
        var header = Parse("pack.cert", TestPacks.Header);
        var regimes = Parse("regimes.cert", Regime);

        var added = Compilation.Create([header]).AddSyntaxTrees(regimes);
        var removed = added.RemoveSyntaxTrees(regimes);

        Assert.Equal(["pack.cert", "regimes.cert"], added.SyntaxTrees.Select(t => t.FilePath));
        Assert.Contains(added.Regimes, r => r.Name == "CCC");
        Assert.Same(header, Assert.Single(removed.SyntaxTrees));
        Assert.DoesNotContain(removed.Regimes, r => r.Name == "CCC");
    }

    [Fact]
    public void Diagnostics_are_ordered_by_path_then_position_parse_and_semantic_together()
    {
        var compilation = TestPacks.Compile(
            ("z.cert", """
                regime KC in KR {
                  route certificaton
                  titel "KC"
                }
                """),
            ("pack.cert", TestPacks.Header),
            ("a.cert", """
                market Cn "China"
                market CN "China"
                """));

        var diagnostics = compilation.GetDiagnostics();

        Assert.Equal(
            [
                ("a.cert", "(1,8)", "CERT1034"), ("pack.cert", "(25,8)", "CERT1010"),
                ("z.cert", "(1,14)", "CERT1003"), ("z.cert", "(2,9)", "CERT1008"), ("z.cert", "(3,3)", "CERT0005"),
            ],
            diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (d.Source.Path, $"({d.LineSpan.Start})", d.Code)));
        Assert.Equal<Diagnostic>(diagnostics.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start), diagnostics);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void An_empty_compilation_has_no_pack_and_no_diagnostics()
    {
        var compilation = Compilation.Create([]);

        Assert.Null(compilation.Pack);
        Assert.Empty(compilation.GetDiagnostics());
        Assert.Empty(compilation.Regimes);
    }

    [Fact]
    public void Binding_happens_once_and_is_shared_by_every_caller()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + Regime);

        var regimes = Enumerable.Range(0, 8).AsParallel().Select(_ => compilation.Regimes.First(r => r.Name == "CCC")).ToList();

        Assert.All(regimes, regime => Assert.Same(regimes[0], regime));
        Assert.Equal<Diagnostic>(compilation.GetDiagnostics(), compilation.GetDiagnostics());
    }

    private static SyntaxTree Parse(string path, string text) => SyntaxTree.Parse(text, path);
}
