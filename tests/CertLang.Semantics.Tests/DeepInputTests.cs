using System.Text;
using CertLang.Semantics.Formatting;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Tests;

/// <summary>
/// The compiler and the formatter never throw or overflow their stack on input at the parser's limits: nesting at the
/// guard's depth in every construct, chains and lists of a hundred thousand items, long chains of steps and regimes.
/// Each compiles on a thread with a 1 MB stack (a language server's worker thread may have no more).
/// </summary>
public sealed class DeepInputTests
{
    private const int StackSize = 1024 * 1024;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private const string Header = """
        pack p version 1.0.0
        attribute r: bool
        attribute e: enum { a, b }
        category kettle "Kettles"
        market CN "China"

        """;

    public static TheoryData<string, string> DeepConditions => new()
    {
        { "brackets at the limit", Repeat("(", 97) + "r" + Repeat(")", 97) },
        { "nots at the limit", Repeat("not ", 97) + "r" },
        { "nots and brackets at the limit", Repeat("not (", 48) + "r" + Repeat(")", 48) },
        { "brackets beyond the limit", Repeat("(", 10_000) + "r" + Repeat(")", 10_000) },
        { "a chain of 100,000 ands", "r" + Repeat(" and r", 100_000) },
        { "a chain of 100,000 ors of nots", "r" + Repeat(" or not r", 100_000) },
        { "an in list of 100,000 values", "e in { a" + Repeat(", b", 100_000) + " }" },
        { "contradictions in a chain of 10,000 ands", "r" + Repeat(" and e == a and e == b", 10_000) },
    };

    [Theory]
    [MemberData(nameof(DeepConditions))]
    public void A_condition_at_the_limits_compiles_and_formats(string description, string condition)
    {
        var text = Header + $"regime R in CN {{\n  scope {{\n    include kettle where {condition}\n  }}\n  process {{ step s takes 1 week }}\n}}\n";

        var errors = CompileAndFormat(text).Where(p => p.Severity == DiagnosticSeverity.Error).Select(p => p.Code);

        Assert.True(errors.All(code => code == "CERT0007"), $"{description}: {string.Join(", ", errors)}");
    }

    [Fact]
    public void Categories_nested_at_the_limit_compile_and_format()
    {
        var text = Header + string.Concat(Enumerable.Range(0, 99).Select(i => $"category c{i} {{ ")) + "category deepest \"Deepest\"" + Repeat(" }", 99)
                   + "\nregime R in CN { scope { include deepest } process { step s takes 1 week } }\n";

        Assert.DoesNotContain(CompileAndFormat(text), p => p.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_chain_of_20000_steps_and_of_20000_regimes_compiles_and_formats()
    {
        var steps = string.Join("\n    ", Enumerable.Range(0, 20_000).Select(i => i == 0 ? "step s0 takes 1 day" : $"step s{i} takes 1 day after s{i - 1}"));
        var regimes = string.Concat(Enumerable.Range(0, 20_000).Select(i =>
            $"regime R{i} in CN {{ requires R{i + 1} scope {{ include kettle }} process {{ step s takes 1 day }} }}\n"));
        var text = Header + $"regime S in CN {{\n  scope {{ include kettle }}\n  process {{\n    {steps}\n  }}\n}}\n" + regimes
                   + "regime R20000 in CN { requires R0 scope { include kettle } process { step s takes 1 day } }\n";

        var cycle = Assert.Single(CompileAndFormat(text), p => p.Severity == DiagnosticSeverity.Error);

        Assert.Equal("CERT1044", cycle.Code);
        Assert.EndsWith("R11 → and 19990 more; none of them could ever start: remove one 'requires'", cycle.Message);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>The diagnostics of <paramref name="text"/>, compiled and formatted on a thread with a 1 MB stack.</summary>
    private static List<Diagnostic> CompileAndFormat(string text)
    {
        List<Diagnostic>? problems = null;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var compilation = TestPacks.Compile(text);
                    problems = [.. compilation.GetDiagnostics()];
                    _ = compilation.Regimes.SelectMany(r => r.Steps).Count();
                    _ = CertFormatter.Format(compilation.SyntaxTrees.Single());
                    _ = compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            StackSize) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(Limit), $"did not finish within {Limit}");
        Assert.Null(error);
        return problems!;
    }
}
