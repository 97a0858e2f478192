namespace CertLang.Semantics.Symbols;

/// <summary>The conformity routes a regime's <c>route</c> may name.</summary>
public static class RegimeRoutes
{
    /// <summary>Every route, in the order the language reference lists them.</summary>
    public static IReadOnlyList<string> All { get; } = ["certification", "self_declaration", "registration"];
}
