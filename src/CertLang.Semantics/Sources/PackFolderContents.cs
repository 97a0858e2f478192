using System.Collections.Immutable;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Sources;

/// <summary>What <see cref="PackFolder.Read"/> found: the files it read (ordinal by path) and the paths it did not read, with why.</summary>
public sealed record PackFolderContents(ImmutableArray<PackFile> Files, ImmutableArray<SourceProblem> Problems)
{
    /// <summary>The problems that make the pack incomplete.</summary>
    public IEnumerable<SourceProblem> Errors => Problems.Where(p => p.Severity == DiagnosticSeverity.Error);

    /// <summary>The problems that leave the pack whole (links not followed).</summary>
    public IEnumerable<SourceProblem> Warnings => Problems.Where(p => p.Severity != DiagnosticSeverity.Error);
}
