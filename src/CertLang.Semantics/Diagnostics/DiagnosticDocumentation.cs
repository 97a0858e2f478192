namespace CertLang.Semantics.Diagnostics;

/// <summary>
/// Where the project's documentation is published: the one place that builds the links of SARIF rules
/// (<c>helpUri</c>) and of the language server's diagnostics (<c>codeDescription</c>). The base is the address the
/// repository's schemas are identified by (schemas/*.schema.json <c>$id</c>); change it here when the docs move.
/// </summary>
public static class DiagnosticDocumentation
{
    /// <summary>The project's home page.</summary>
    public const string ProjectUri = "https://certlang.invalid/";

    /// <summary>The section of docs/diagnostics.md about <paramref name="code"/>.</summary>
    public static string HelpUri(string code) => $"{ProjectUri}docs/diagnostics.md#{code.ToLowerInvariant()}";
}
