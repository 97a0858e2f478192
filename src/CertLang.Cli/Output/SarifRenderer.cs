using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CertLang.Semantics.Diagnostics;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Output;

/// <summary>Writes diagnostics as a SARIF 2.1.0 log with one run, for code-scanning tools.</summary>
internal static partial class SarifRenderer
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly string ToolVersion =
        typeof(SarifRenderer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Writes the log: every descriptor of <paramref name="catalogue"/> as a rule, every diagnostic as a result of its rule.</summary>
    public static void Render(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<DiagnosticDescriptor> catalogue)
    {
        var ruleIndexes = catalogue.Index().ToDictionary(rule => rule.Item.Code, rule => rule.Index);
        var driver = new SarifDriver("certc", DiagnosticDocumentation.ProjectUri, ToolVersion, [.. catalogue.Select(ToRule)]);
        var results = diagnostics.Select(diagnostic => ToResult(diagnostic, RuleIndex(ruleIndexes, diagnostic))).ToList();
        var log = new SarifLog(SchemaUri, "2.1.0", [new SarifRun(new SarifTool(driver), "utf16CodeUnits", results)]);
        writer.WriteLine(JsonSerializer.Serialize(log, OutputJsonContext.Readable.SarifLog));
    }

    private static SarifRule ToRule(DiagnosticDescriptor descriptor) => new(
        descriptor.Code,
        RuleName(descriptor.Title),
        new SarifMessage(descriptor.Title),
        new SarifConfiguration(Level(descriptor.Severity)),
        DiagnosticDocumentation.HelpUri(descriptor.Code));

    private static SarifResult ToResult(Diagnostic diagnostic, int ruleIndex)
    {
        var (start, end) = diagnostic.LineSpan;
        var region = new SarifRegion(start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
        var location = new SarifLocation(new SarifPhysicalLocation(new SarifArtifactLocation(ArtifactUri(diagnostic.Source.Path)), region));
        return new SarifResult(diagnostic.Code, ruleIndex, Level(diagnostic.Severity), new SarifMessage(diagnostic.Message), [location]);
    }

    private static int RuleIndex(Dictionary<string, int> ruleIndexes, Diagnostic diagnostic) =>
        ruleIndexes.TryGetValue(diagnostic.Code, out var index)
            ? index
            : throw new InvalidOperationException($"diagnostic {diagnostic.Code} is not in the catalogue of rules (CompilerDiagnostics.All)");

    /// <summary>The title as a PascalCase identifier, as SARIF recommends for rule names: "Invalid UTF-8" becomes InvalidUtf8.</summary>
    private static string RuleName(string title) =>
        string.Concat(NonIdentifierCharacters().Split(title)
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));

    /// <summary>A relative path as a relative URI with forward slashes; a rooted path as an absolute file URI.</summary>
    private static string ArtifactUri(string path) =>
        Path.IsPathRooted(path)
            ? new Uri(Path.GetFullPath(path)).AbsoluteUri
            : string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonIdentifierCharacters();

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
