using System.Text.RegularExpressions;

namespace CertLang.TestSupport;

/// <summary>One row of the table in docs/diagnostics.md.</summary>
public sealed record CatalogueRow(string Code, string Severity, string Title);

/// <summary>docs/diagnostics.md read as data: the rows of its table and the codes that have a <c>## CODE</c> section.</summary>
public sealed partial class DiagnosticCatalogue
{
    private DiagnosticCatalogue(string text)
    {
        Rows = TableRow().Matches(text)
            .Select(m => new CatalogueRow(m.Groups["code"].Value, m.Groups["severity"].Value, m.Groups["title"].Value.Trim()))
            .ToDictionary(row => row.Code);
        Sections = SectionHeading().Matches(text).Select(m => m.Groups["code"].Value).ToHashSet();
    }

    /// <summary>The catalogue of the repository.</summary>
    public static DiagnosticCatalogue Load() => new(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")));

    /// <summary>The rows of the table, by code.</summary>
    public IReadOnlyDictionary<string, CatalogueRow> Rows { get; }

    /// <summary>The codes that have a section of their own.</summary>
    public IReadOnlySet<string> Sections { get; }

    [GeneratedRegex(@"^\| \[(?<code>CERT\d{4})\]\(#cert\d{4}\) \| (?<severity>\w+) \| (?<title>[^|]+)\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^## (?<code>CERT\d{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
