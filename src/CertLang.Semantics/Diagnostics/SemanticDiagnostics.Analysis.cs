using CertLang.Semantics.Binding;
using CertLang.Syntax.Diagnostics;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Analysis (CERT106x, CERT107x): scope clauses that can never match, attributes and categories nothing uses.</summary>
public static partial class SemanticDiagnostics
{
    /// <summary>CERT1060: a scope clause that can never match.</summary>
    public static readonly DiagnosticDescriptor NeverMatches = new("CERT1060", Warning, "Scope clause can never match");

    /// <summary>CERT1060 of an include (<paramref name="include"/>) or exclude whose dates lie outside those of <paramref name="regime"/>.</summary>
    internal static DiagnosticMessage OutsideRegimeDates(bool include, string regime) =>
        new(NeverMatches, $"this {ScopeKeyword(include)} applies only outside the dates of regime '{Safe(regime)}'; check its 'from' and 'until'");

    /// <summary>CERT1060 of an include (<paramref name="include"/>) or exclude whose <c>where</c> no product satisfies, for the reason <paramref name="why"/>.</summary>
    internal static DiagnosticMessage NeverSatisfied(bool include, Contradiction why) =>
        new(NeverMatches, $"this {ScopeKeyword(include)} can never match: {Reason(why)}");

    /// <summary>CERT1060 of an include whose categories <paramref name="regime"/> all excludes without condition.</summary>
    internal static DiagnosticMessage AllCategoriesExcluded(string regime) =>
        new(NeverMatches, $"this include can never match: every category it names is excluded by '{Safe(regime)}' without condition");

    /// <summary>CERT1070: an attribute that no condition and no test uses.</summary>
    public static readonly DiagnosticDescriptor UnusedAttribute = new("CERT1070", Info, "Unused attribute");

    /// <summary>CERT1070 of <paramref name="attribute"/>.</summary>
    internal static DiagnosticMessage AttributeNotUsed(string attribute) =>
        new(UnusedAttribute, $"attribute '{Safe(attribute)}' is not used by any condition or test; remove it, or use it");

    /// <summary>CERT1071: a category that nothing refers to, directly or through its parents or subcategories.</summary>
    public static readonly DiagnosticDescriptor UnusedCategory = new("CERT1071", Info, "Unused category");

    /// <summary>CERT1071 of <paramref name="category"/>.</summary>
    internal static DiagnosticMessage CategoryNotUsed(string category) =>
        new(UnusedCategory, $"no scope, condition or test refers to category '{Safe(category)}', its parents or its subcategories; remove it, or use it");

    private static string Reason(Contradiction why) => why switch
    {
        EmptyBounds bounds =>
            $"'{Safe(bounds.Attribute.Name)}' cannot be both {Safe(bounds.Lower.Syntax.ToString())} and {Safe(bounds.Upper.Syntax.ToString())}",
        NoCommonValue values => $"'{Safe(values.Attribute.Name)}' cannot have all the values this condition asks for at once",
        _ => "it is 'false'",
    };
}
