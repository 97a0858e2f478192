using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Configuration;

/// <summary>
/// What a pack reports once its configuration and suppression comments apply: the one function the CLI and the
/// language server pass a file's diagnostics through. Levels apply first (a code turned off is gone, and a suppression
/// of it unused); then each <see cref="SuppressionComment"/> removes its codes from the next line and is itself
/// reported when it names no code, an unknown code, an error, or a code the next line does not have. Errors can be
/// neither lowered nor suppressed.
/// </summary>
public static class DiagnosticFilter
{
    /// <summary>The diagnostics of <paramref name="tree"/> (those of <paramref name="diagnostics"/> in it) as reported under <paramref name="configuration"/>, in order of position.</summary>
    public static ImmutableArray<Diagnostic> Apply(PackConfiguration configuration, SyntaxTree tree, IEnumerable<Diagnostic> diagnostics)
    {
        var levelled = WithLevels(configuration, diagnostics).ToList();
        var suppressions = SuppressionComment.In(tree);
        var reported = new List<Diagnostic>();
        var used = new HashSet<(int Line, string Code)>();
        var suppressed = suppressions
            .SelectMany(comment => comment.Codes.Select(code => (Line: comment.Line + 1, code.Code)))
            .Where(entry => CompilerDiagnostics.Find(entry.Code) is { Severity: not DiagnosticSeverity.Error })
            .ToHashSet();
        foreach (var diagnostic in levelled)
        {
            var key = (diagnostic.LineSpan.Start.Line, diagnostic.Code);
            if (suppressed.Contains(key))
            {
                used.Add(key);
            }
            else
            {
                reported.Add(diagnostic);
            }
        }

        var problems = suppressions.SelectMany(comment => Problems(comment, tree, used));
        return [.. reported.Concat(WithLevels(configuration, problems)).OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every diagnostic of <paramref name="compilation"/> as reported under <paramref name="configuration"/>, the problems
    /// of the configuration file first, then by file path and position.
    /// </summary>
    public static ImmutableArray<Diagnostic> Apply(PackConfiguration configuration, Compilation compilation)
    {
        var byPath = compilation.GetDiagnostics().ToLookup(d => d.Source.Path, StringComparer.Ordinal);
        var inTrees = compilation.SyntaxTrees.Select(tree => tree.FilePath).ToHashSet(StringComparer.Ordinal);
        var outsideTrees = byPath.Where(group => !inTrees.Contains(group.Key)).SelectMany(group => WithLevels(configuration, group));
        return
        [
            .. WithLevels(configuration, configuration.Diagnostics),
            .. compilation.SyntaxTrees.SelectMany(tree => Apply(configuration, tree, byPath[tree.FilePath]))
                .Concat(outsideTrees)
                .OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal),
        ];
    }

    /// <summary>Each diagnostic at the severity <paramref name="configuration"/> gives its code; those turned off left out.</summary>
    private static IEnumerable<Diagnostic> WithLevels(PackConfiguration configuration, IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(diagnostic => configuration.SeverityOf(diagnostic) switch
        {
            null => null,
            var severity when severity == diagnostic.Severity => diagnostic,
            { } severity => diagnostic with { Descriptor = diagnostic.Descriptor with { Severity = severity } },
        }).OfType<Diagnostic>();

    private static IEnumerable<Diagnostic> Problems(SuppressionComment comment, SyntaxTree tree, HashSet<(int Line, string Code)> used)
    {
        if (comment.Codes.IsEmpty)
        {
            yield return ConfigurationDiagnostics.SuppressionWithoutCodes(tree.Text, comment.Span);
        }

        foreach (var (code, span) in comment.Codes)
        {
            var descriptor = CompilerDiagnostics.Find(code);
            if (descriptor is null)
            {
                yield return ConfigurationDiagnostics.SuppressionOfUnknownCode(tree.Text, span, CompilerDiagnostics.SuggestCode(code));
            }
            else if (descriptor.Severity == DiagnosticSeverity.Error)
            {
                yield return ConfigurationDiagnostics.SuppressionOfError(tree.Text, span, code);
            }
            else if (!used.Contains((comment.Line + 1, code)))
            {
                yield return ConfigurationDiagnostics.SuppressionNotUsed(tree.Text, span, code);
            }
        }
    }
}
