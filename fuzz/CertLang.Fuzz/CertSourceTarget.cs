using CertLang.Packs.Projects;
using CertLang.Packs.Serialization;
using CertLang.Semantics;
using CertLang.Semantics.Formatting;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Fuzz;

/// <summary>
/// Fuzz target <c>cert</c>: a <c>.cert</c> file is parsed, bound and formatted (formatting is idempotent and keeps the
/// diagnostics); when it has no errors its rule pack is built, written, read back by the real loader and used.
/// </summary>
public static class CertSourceTarget
{
    private const string FileName = "fuzz.cert";

    /// <summary>Runs the target on one input; any exception is a crash.</summary>
    public static void Run(byte[] input)
    {
        var tree = SyntaxTree.Parse(SourceText.From(input, FileName));
        var compilation = Compilation.Create([tree]);
        var diagnostics = compilation.GetDiagnostics();
        CheckFormatting(tree, diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return;
        }

        var pack = PackProject.Of(compilation).BuildPack();
        var json = RulePackJson.Write(pack);
        var loaded = ReadBack(json);
        if (RulePackJson.Write(loaded) != json)
        {
            throw new FuzzInvariantException("a built pack read back by the loader writes different JSON");
        }

        PackExercise.Run(loaded);
    }

    private static void CheckFormatting(SyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (CertFormatter.Format(tree) is not { } formatted)
        {
            return;
        }

        var reformattedTree = SyntaxTree.Parse(formatted, FileName);
        if (CertFormatter.Format(reformattedTree) != formatted)
        {
            throw new FuzzInvariantException("formatting is not idempotent: formatting the formatted text changes it");
        }

        var before = CodesOf(diagnostics);
        var after = CodesOf(Compilation.Create([reformattedTree]).GetDiagnostics());
        if (before != after)
        {
            throw new FuzzInvariantException($"formatting changed the diagnostics: [{before}] became [{after}]");
        }
    }

    private static string CodesOf(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(",", diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));

    private static Packs.Model.RulePack ReadBack(string json)
    {
        try
        {
            return RulePackJson.Read(json);
        }
        catch (RulePackException e)
        {
            throw new FuzzInvariantException($"check and build disagree: a pack without errors was built but its loader refuses it: {e.Message}");
        }
    }
}
