using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Every diagnostic descriptor the compiler can report, for the CLI's SARIF rules and the tests alike.</summary>
public static class CompilerDiagnostics
{
    /// <summary>The descriptors of every compiler stage, stage by stage; a stage that gains diagnostics adds its list here.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [.. SyntaxDiagnostics.All, .. SemanticDiagnostics.All, .. ConfigurationDiagnostics.All];

    /// <summary>The descriptor of <paramref name="code"/>, or null when no diagnostic has it.</summary>
    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(descriptor => descriptor.Code == code);

    /// <summary>The code <paramref name="word"/> is probably a misspelling of (in any case), or null.</summary>
    public static string? SuggestCode(string word) => SpellChecker.Suggest(word.ToUpperInvariant(), All.Select(descriptor => descriptor.Code));
}
