using System.Text.RegularExpressions;
using CertLang.Syntax.Diagnostics;
using CertLang.TestSupport;

namespace CertLang.Syntax.Tests;

/// <summary>docs/diagnostics.md documents every syntax diagnostic with the code, severity and title the code uses.</summary>
public sealed partial class DiagnosticCatalogueTests
{
    [Fact]
    public void Every_syntax_diagnostic_is_in_the_catalogue_with_its_severity_and_title()
    {
        var catalogue = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var rows = CatalogueRow().Matches(catalogue).ToDictionary(m => m.Groups["code"].Value, m => (m.Groups["severity"].Value, m.Groups["title"].Value.Trim()));

        foreach (var descriptor in SyntaxDiagnostics.All)
        {
            Assert.True(rows.TryGetValue(descriptor.Code, out var row), $"{descriptor.Code} is missing from docs/diagnostics.md");
            Assert.Equal((descriptor.Severity.ToString().ToLowerInvariant(), descriptor.Title), row);
            Assert.Contains($"## {descriptor.Code}", catalogue, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Syntax_diagnostic_codes_are_unique_and_well_formed()
    {
        var codes = SyntaxDiagnostics.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^CERT00[0-9]{2}$", code));
    }

    [GeneratedRegex(@"^\| \[(?<code>CERT\d{4})\]\(#cert\d{4}\) \| (?<severity>\w+) \| (?<title>[^|]+)\|", RegexOptions.Multiline)]
    private static partial Regex CatalogueRow();
}
