using CertLang.Syntax.Diagnostics;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Tests (CERT105x): their products' attributes, and tests that expect nothing.</summary>
public static partial class SemanticDiagnostics
{
    /// <summary>CERT1050: a test's product gives a value for an attribute that is not declared.</summary>
    public static readonly DiagnosticDescriptor UndeclaredTestAttribute = new("CERT1050", Error, "Test product uses an undeclared attribute");

    /// <summary>CERT1050 of <paramref name="name"/>, with the closest of the <paramref name="declared"/> attributes.</summary>
    internal static DiagnosticMessage TestAttributeNotDeclared(string name, IEnumerable<string> declared) =>
        Unknown(UndeclaredTestAttribute, "attribute", name, declared);

    /// <summary>CERT1051: a test's product gives one attribute twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateProductEntry = new("CERT1051", Error, "Attribute given twice");

    /// <summary>CERT1051 of <paramref name="attribute"/>.</summary>
    internal static DiagnosticMessage ProductAttributeTwice(string attribute) =>
        new(DuplicateProductEntry, $"'{Safe(attribute)}' is given twice for this product; keep one");

    /// <summary>CERT1052: a test without <c>expect</c>.</summary>
    public static readonly DiagnosticDescriptor TestWithoutExpectations = new("CERT1052", Warning, "Test without expectations");

    /// <summary>CERT1052, reported at the test's name.</summary>
    internal static DiagnosticMessage NothingExpected() =>
        new(TestWithoutExpectations, "this test expects nothing; add 'expect REGIME required' (or not required, undetermined)");
}
