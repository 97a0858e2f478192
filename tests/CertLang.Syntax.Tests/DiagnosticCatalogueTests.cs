using CertLang.Syntax.Diagnostics;
using CertLang.TestSupport;

namespace CertLang.Syntax.Tests;

/// <summary>docs/diagnostics.md documents every syntax diagnostic with the code, severity and title the code uses.</summary>
public sealed class DiagnosticCatalogueTests
{
    [Fact]
    public void Every_syntax_diagnostic_is_in_the_catalogue_with_its_severity_and_title()
    {
        var catalogue = DiagnosticCatalogue.Load();

        foreach (var descriptor in SyntaxDiagnostics.All)
        {
            Assert.True(catalogue.Rows.TryGetValue(descriptor.Code, out var row), $"{descriptor.Code} is missing from docs/diagnostics.md");
            Assert.Equal((descriptor.Severity.ToString().ToLowerInvariant(), descriptor.Title), (row.Severity, row.Title));
            Assert.Contains(descriptor.Code, catalogue.Sections);
        }
    }

    [Fact]
    public void Syntax_diagnostic_codes_are_unique_and_well_formed()
    {
        var codes = SyntaxDiagnostics.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^CERT00[0-9]{2}$", code));
    }
}
