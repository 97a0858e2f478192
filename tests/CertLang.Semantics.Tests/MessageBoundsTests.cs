using System.Diagnostics;
using System.Text;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Tests;

/// <summary>
/// Every message, of the parser and of the compiler, quotes user text through <see cref="DisplayText"/>: however long a
/// name, number or string, and whatever control characters a string holds, a message stays short and prints no escape.
/// </summary>
public sealed class MessageBoundsTests
{
    private const int MaxMessageLength = 2_000;
    private static readonly string Long = new('x', 10_000);
    private static readonly string Digits = new('9', 10_000);

    /// <summary>A pack with at least one mistake of nearly every kind, each about a 10,000-character name or value.</summary>
    private static readonly string HostilePack = $$"""
        pack P{{Long}} version 1.0.0 "d"
        pack Q{{Long}} version 1.0.0 "d"
        attribute a{{Long}}: voltage
        attribute a{{Long}}: voltage
        attribute b{{Long}}: voltag{{Long}}
        attribute e{{Long}}: enum { m{{Long}}, m{{Long}}, n{{Long}} }
        attribute unused{{Long}}: bool
        attribute n{{Long}}: number
        attribute w{{Long}}: bool
        category c{{Long}} "t" hs 8516{{Digits}}
        category c{{Long}} "t"
        market m{{Long}} "m" { members X{{Long}}, X{{Long}} }
        regime r{{Long}} in o{{Long}} { }
        regime s{{Long}} in m{{Long}} {
          route r{{Long}}
          requires s{{Long}}
          accepts s{{Long}}
          effective 2027-01-01
          until 2026-01-01
          athority{{Long}} "x"
          scope {
            include d{{Long}}
            include c{{Long}} where a{{Long}}y > 5 V
            include c{{Long}} where e{{Long}} == q{{Long}}
            include c{{Long}} where e{{Long}} == x
            include c{{Long}} where e{{Long}} < m{{Long}}
            include c{{Long}} where a{{Long}}
            include c{{Long}} where a{{Long}} == 5
            include c{{Long}} where a{{Long}} == 5 Hz
            include c{{Long}} where n{{Long}} == 5 V
            include c{{Long}} where a{{Long}} == 1{{Digits}} V
            include c{{Long}} where n{{Long}} == 1{{Digits}}
            include c{{Long}} where n{{Long}} == 1{{Digits}}_
            include c{{Long}} where a{{Long}} > 5 V and a{{Long}} < 1 V
            include c{{Long}} where a{{Long}} is c{{Long}}
            include c{{Long}} where a{{Long}} under 85
          }
          process {
            step s{{Long}} takes 1 metre
            step t{{Long}} after u{{Long}}, t{{Long}} takes {{Digits}}..1 week
            step v{{Long}} takes 2..1 weeks
          }
        }
        test "\u001b[31m{{Long}}" { product { a{{Long}}y 5 V a{{Long}} 5 V a{{Long}} 6 V w{{Long}} "\u001b[2J" } expect z{{Long}} required }
        test "\u001b[31m{{Long}}" { ship 2027-02-30 ship 2027-0{{Digits}} expect s{{Long}} required }
        """;

    [Fact]
    public void Messages_about_long_names_values_and_strings_are_short_and_escaped()
    {
        var diagnostics = TestPacks.Compile(HostilePack).GetDiagnostics();

        Assert.True(diagnostics.Select(d => d.Code).Distinct().Count() >= 30, string.Join(", ", diagnostics.Select(d => d.Code).Distinct()));
        Assert.Empty(diagnostics.Where(d => d.Message.Length > MaxMessageLength).Select(d => $"{d.Code}: {d.Message[..200]}…"));
        Assert.Empty(diagnostics.Where(d => d.Message.Any(char.IsControl)).Select(d => $"{d.Code}: {DisplayText.Safe(d.Message, 200)}"));
    }

    [Fact]
    public void Unknown_names_list_at_most_a_dozen_candidates_each_cut()
    {
        var attributes = string.Concat(Enumerable.Range(0, 5).Select(i => $"attribute a{i}{Long}: bool\n"));
        var members = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"m{i}{Long}"));
        var diagnostics = TestPacks.Compile($$"""
            pack p version 1.0.0
            {{attributes}}
            attribute e: enum { {{members}} }
            category c "c"
            market CN "China"
            regime R in CN { scope { include c where zzz and e == q } }
            """).GetDiagnostics();

        Assert.Contains(diagnostics, d => d.Code == "CERT1001" && d.Message.Contains("declared: "));
        Assert.Contains(diagnostics, d => d.Code == "CERT1007" && d.Message.Contains("and 88 more"));
        Assert.All(diagnostics, d => Assert.True(d.Message.Length <= MaxMessageLength, $"{d.Code}: {d.Message.Length} characters"));
    }

    [Fact]
    public void A_megabyte_attribute_name_misspelt_a_hundred_times_compiles_fast_into_short_messages()
    {
        var name = new string('v', 1_048_576);
        var references = string.Concat(Enumerable.Range(0, 100).Select(_ => $"    include c where {name}w\n"));
        var text = $"pack p version 1.0.0\nattribute {name}: bool\ncategory c \"c\"\nmarket CN \"China\"\nregime R in CN {{\n  scope {{\n{references}  }}\n}}\n";

        var clock = Stopwatch.StartNew();
        var diagnostics = TestPacks.Compile(text).GetDiagnostics();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"compiled in {clock.Elapsed}");
        Assert.Equal(100, diagnostics.Count(d => d.Code == "CERT1001"));
        Assert.True(diagnostics.Sum(d => d.Message.Length) < 64 * 1024, $"{diagnostics.Sum(d => d.Message.Length)} characters of messages");
    }

    [Fact]
    public void A_test_name_with_an_ansi_escape_is_quoted_escaped()
    {
        var diagnostics = TestPacks.Compile(TestPacks.Header + """
            test "\u001b[31mred" { expect X required }
            test "\u001b[31mred" { expect X required }
            """).GetDiagnostics();

        var duplicate = Assert.Single(diagnostics, d => d.Code == "CERT1010");
        Assert.Contains("'\\u001B[31mred'", duplicate.Message);
    }

    [Theory]
    [InlineData(" is not a name\u001b[2J")]
    [InlineData("")]
    public void A_refused_rename_quotes_the_names_short_and_escaped(string suffix)
    {
        var newName = "rated_voltage" + Long + suffix;
        var text = TestPacks.Header + $"attribute rated_voltage{Long}: voltage\nattribute other: bool\n";
        var compilation = TestPacks.Compile(text);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
        var position = text.IndexOf("other", StringComparison.Ordinal);

        var result = Renaming.RenameService.Rename(model, position, newName);

        Assert.NotNull(result.Refusal);
        Assert.True(result.Refusal.Length <= MaxMessageLength, $"{result.Refusal.Length} characters");
        Assert.DoesNotContain(result.Refusal, char.IsControl);
    }

    [Fact]
    public void A_code_fix_title_quotes_the_name_short_though_its_edit_keeps_it_whole()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + $$"""
            regime R in CN { scope { include kettle where z{{Long}} in { a{{Long}}, b{{Long}} } } }
            """);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
        var unknown = Assert.Single(compilation.GetDiagnostics(), d => d.Code == "CERT1001");

        var fix = Assert.Single(CodeFixes.CodeFixService.GetFixes(model, unknown));

        Assert.True(fix.Title.Length <= MaxMessageLength, $"{fix.Title.Length} characters");
        Assert.Contains($"z{Long}", Assert.Single(fix.Edits).NewText);
    }
}
