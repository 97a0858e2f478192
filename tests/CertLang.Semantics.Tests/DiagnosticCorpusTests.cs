using System.Text.RegularExpressions;
using CertLang.Semantics.Diagnostics;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;
using CertLang.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.Semantics.Tests;

/// <summary>
/// The corpus of broken files in DiagnosticCorpus/: each is a small pack with the mistakes its name gives by code
/// (<c>CERT1020_voltage_compared_with_frequency.cert</c>). Each compiles on its own, reports exactly the codes in its
/// name, and has all its diagnostics pinned; together the files cover every diagnostic, and docs/diagnostics.md
/// documents every code they and the example pack report.
/// </summary>
public sealed partial class DiagnosticCorpusTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "CertLang.Semantics.Tests", "DiagnosticCorpus");

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors => CompilerDiagnostics.All;

    /// <summary>What a compilation reports; those of suppressions and certlang.json are tested through certc check.</summary>
    private static IEnumerable<DiagnosticDescriptor> CompilationDescriptors => AllDescriptors.Except(ConfigurationDiagnostics.All);

    public static TheoryData<string> CorpusFiles => [.. FileNames()];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_file_reports_its_codes(string file)
    {
        var diagnostics = Compile(file);

        Assert.Equal(CodesInName(file), diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        Snapshot.Match(string.Join("\n", diagnostics.Select(TestPacks.Describe)), SnapshotNameExtension.Create(file));
    }

    [Fact]
    public void Every_diagnostic_has_a_corpus_file()
    {
        var covered = FileNames().SelectMany(CodesInName).ToHashSet();

        Assert.DoesNotContain(CompilationDescriptors, descriptor => !covered.Contains(descriptor.Code));
    }

    [Fact]
    public void Corpus_file_names_are_codes_then_words()
    {
        Assert.All(FileNames(), file => Assert.Matches(@"^(CERT\d{4}_)+[a-z0-9]+(_[a-z0-9]+)*\.cert$", file));
        Assert.True(FileNames().Count >= 45, "the corpus has at least 45 files");
    }

    [Fact]
    public void Every_code_reported_for_the_corpus_and_the_examples_is_documented()
    {
        var catalogue = DiagnosticCatalogue.Load();
        var examples = Compilation.Create(RepositoryPaths.ExampleFiles().Select(file =>
            SyntaxTree.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file)), file)));
        var reported = FileNames().SelectMany(Compile).Concat(examples.GetDiagnostics()).Select(d => d.Code).ToHashSet();

        Assert.DoesNotContain(reported, code => !catalogue.Rows.ContainsKey(code) || !catalogue.Sections.Contains(code));
    }

    [Fact]
    public void Every_diagnostic_is_in_the_catalogue_with_its_severity_and_title()
    {
        var catalogue = DiagnosticCatalogue.Load();

        foreach (var descriptor in AllDescriptors)
        {
            Assert.True(catalogue.Rows.TryGetValue(descriptor.Code, out var row), $"{descriptor.Code} is missing from the table of docs/diagnostics.md");
            Assert.Equal((descriptor.Severity.ToString().ToLowerInvariant(), descriptor.Title), (row.Severity, row.Title));
            Assert.Contains(descriptor.Code, catalogue.Sections);
        }
    }

    [Fact]
    public void The_catalogue_has_no_code_that_nothing_reports()
    {
        var codes = AllDescriptors.Select(d => d.Code).ToHashSet();
        var catalogue = DiagnosticCatalogue.Load();

        Assert.DoesNotContain(catalogue.Rows.Keys.Concat(catalogue.Sections), code => !codes.Contains(code));
    }

    [Fact]
    public void Semantic_diagnostic_codes_are_unique_and_well_formed()
    {
        var codes = SemanticDiagnostics.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^CERT1[0-9]{3}$", code));
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void The_example_pack_compiles_without_errors_or_warnings()
    {
        var compilation = Compilation.Create(RepositoryPaths.ExampleFiles().Select(file =>
            SyntaxTree.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file)), file)));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Info).Select(TestPacks.Describe));
        Assert.NotNull(compilation.Pack);
        Assert.NotEmpty(compilation.Regimes);
        Assert.NotEmpty(compilation.Tests);
    }

    private static List<string> FileNames() =>
        [.. Directory.EnumerateFiles(Folder, "*.cert").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    /// <summary>The file compiled on its own, read as bytes so that invalid UTF-8 is reported; paths in messages are the file name.</summary>
    private static IReadOnlyList<Diagnostic> Compile(string file) =>
        Compilation.Create([SyntaxTree.Parse(SourceText.From(File.ReadAllBytes(Path.Combine(Folder, file)), file))]).GetDiagnostics();

    private static IEnumerable<string> CodesInName(string file) =>
        CodePrefix().Matches(file).Select(m => m.Groups["code"].Value).Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<=^|_)(?<code>CERT\d{4})(?=_)")]
    private static partial Regex CodePrefix();
}
