using CertLang.Packs.Serialization;
using CertLang.Planning.Documentation;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>The reference shows what the pack's authors wrote in <c>///</c> comments, and a validity range as a range.</summary>
public sealed class ReferenceDocCommentTests
{
    private const string Pack = """
        pack p version 1.0.0

        /// Rated supply voltage, as on the nameplate:
        /// give the upper value of a range.
        attribute rated_voltage: voltage

        attribute use: enum { household, industrial }

        /// Kettles and jugs that boil water.
        category kettle "Kettles"

        /// The European Union; `CE` marking does not replace
        /// the national marks of other markets.
        market EU "European Union"

        /// Low Voltage Directive: the manufacturer declares conformity.
        ///
        /// - A second paragraph that starts like a list, with `rated_voltage` in it.
        regime LVD in EU {
          validity 1..5 years
          scope {
            include kettle where rated_voltage >= 50 V
          }
        }

        regime EMC in EU {
          validity 3 years
        }
        """;

    private static PackReference Reference() => PackReferenceBuilder.Build(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack))));

    [Fact]
    public void Markdown_shows_every_kind_of_doc_comment_with_names_as_code_and_no_accidental_list()
    {
        var markdown = MarkdownReference.Render(Reference());

        Assert.Contains("### LVD\n\nLow Voltage Directive: the manufacturer declares conformity.\n\n\\- A second paragraph that starts like a list, with `rated_voltage` in it.\n\n- **Market:**", markdown, StringComparison.Ordinal);
        Assert.Contains("- `EU`: The European Union; `CE` marking does not replace the national marks of other markets.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- `kettle`: Kettles — Kettles and jugs that boil water.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| `rated_voltage` | voltage (V) | Rated supply voltage, as on the nameplate: give the upper value of a range. |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| `use` | enum { household, industrial } |  |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_shows_the_doc_comments_escaped_with_names_as_code()
    {
        var html = HtmlReference.Render(Reference());

        Assert.Contains("<h3>LVD</h3>\n<p class=\"doc\">Low Voltage Directive: the manufacturer declares conformity.</p>\n<p class=\"doc\">- A second paragraph that starts like a list, with <code>rated_voltage</code> in it.</p>\n<dl>", html, StringComparison.Ordinal);
        Assert.Contains("<li><code>EU</code>: The European Union; <code>CE</code> marking does not replace the national marks of other markets.</li>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"doc\">— Kettles and jugs that boil water.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Rated supply voltage, as on the nameplate: give the upper value of a range.</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_validity_range_is_shown_as_a_range_with_the_figure_renewals_are_planned_at()
    {
        var markdown = MarkdownReference.Render(Reference());

        Assert.Contains("- **Validity:** 1..5 years (renewals planned at 1 year)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Validity:** 3 years\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pack_file_keeps_the_doc_comments_and_the_whole_validity_range()
    {
        var pack = RulePackJson.Read(RulePackJson.Write(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack)))));

        var lvd = pack.Regimes.Single(r => r.Name == "LVD");
        Assert.Equal("Low Voltage Directive: the manufacturer declares conformity.\n\n- A second paragraph that starts like a list, with `rated_voltage` in it.", lvd.Doc);
        Assert.Equal("1..5 years", lvd.Validity.ToString());
        Assert.Null(pack.Regimes.Single(r => r.Name == "EMC").Doc);
        Assert.Equal("Kettles and jugs that boil water.", pack.Categories.Single().Doc);
        Assert.Equal("Rated supply voltage, as on the nameplate:\ngive the upper value of a range.", pack.Attributes[0].Doc);
        Assert.Null(pack.Attributes[1].Doc);
        Assert.StartsWith("The European Union;", pack.Markets.Single().Doc, StringComparison.Ordinal);
    }
}
