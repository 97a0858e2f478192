using CertLang.Planning.Documentation;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>The reference's table of markets: one row a market, its own regimes, then those it gets through a bloc.</summary>
public sealed class ReferenceMarketTableTests
{
    private const string Pack = """
        pack p version 1.0.0

        category kettle "Kettles"

        market EU "European Union" {
          members DE, FR
        }

        market DE "Germany"

        market CN "China"

        regime LVD in EU {
          route self_declaration
          scope {
            include kettle
          }
        }

        regime EMC in EU {
          route self_declaration
          scope {
            include kettle
          }
        }

        regime GS in DE {
          route certification
          scope {
            include kettle
          }
        }
        """;

    private static PackReference Reference() => PackReferenceBuilder.Build(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack))));

    [Fact]
    public void A_member_of_a_bloc_lists_its_own_regimes_then_the_blocs_and_a_market_without_regimes_says_none()
    {
        var markdown = MarkdownReference.Render(Reference());

        Assert.Contains("| `EU` | European Union | DE, FR | `LVD`, `EMC` |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| `DE` | Germany |  | `GS`; via `EU`: `LVD`, `EMC` |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| `CN` | China |  | none |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void In_html_the_regimes_link_to_their_sections_and_the_bloc_does_not()
    {
        var html = HtmlReference.Render(Reference());

        Assert.Contains(
            "<td><a href=\"#regime-GS\"><code>GS</code></a>; via <code>EU</code>: <a href=\"#regime-LVD\"><code>LVD</code></a>, <a href=\"#regime-EMC\"><code>EMC</code></a></td>",
            html,
            StringComparison.Ordinal);
    }
}
