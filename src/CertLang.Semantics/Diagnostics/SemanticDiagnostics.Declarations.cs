using CertLang.Semantics.Symbols;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Declarations (CERT101x): names, clauses and members given twice, and the pack declaration.</summary>
public static partial class SemanticDiagnostics
{
    /// <summary>CERT1010: two declarations of one kind have the same name.</summary>
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("CERT1010", Error, "Duplicate declaration");

    /// <summary>CERT1010 of a second <paramref name="symbol"/>; the first is declared at <paramref name="first"/>, or built in (null).</summary>
    internal static DiagnosticMessage DeclaredTwice(Symbol symbol, (string Path, LinePosition Start)? first) =>
        new(DuplicateDeclaration,
            $"{symbol.Kind.ToString().ToLowerInvariant()} '{Safe(symbol.Name)}' is already declared{Where(first)}; rename or remove one of them");

    /// <summary>CERT1011: a clause is given twice where it may be given once.</summary>
    public static readonly DiagnosticDescriptor DuplicateClause = new("CERT1011", Error, "Duplicate clause");

    /// <summary>CERT1011 of the clause <paramref name="keyword"/> given twice in <paramref name="regime"/>.</summary>
    internal static DiagnosticMessage RegimeClauseTwice(string keyword, string regime) =>
        new(DuplicateClause, $"'{keyword}' is given twice in regime '{Safe(regime)}'; keep one");

    /// <summary>CERT1011 of a test's second <c>ship</c>.</summary>
    internal static DiagnosticMessage ShipTwice() => new(DuplicateClause, "'ship' is given twice in this test; keep one");

    /// <summary>CERT1011 of a test's second <c>expect</c> of <paramref name="regime"/>.</summary>
    internal static DiagnosticMessage ExpectationTwice(string regime) =>
        new(DuplicateClause, $"this test already expects a status of regime '{Safe(regime)}'; keep one 'expect {Safe(regime)}'");

    /// <summary>CERT1012: no file of the pack has a <c>pack</c> declaration.</summary>
    public static readonly DiagnosticDescriptor MissingPack = new("CERT1012", Error, "No pack declaration");

    /// <summary>CERT1012, reported at the start of the pack's first file.</summary>
    internal static DiagnosticMessage PackNotDeclared() =>
        new(MissingPack, "the pack has no 'pack' declaration; add one, such as: pack my_pack version 1.0.0 \"What it covers\"");

    /// <summary>CERT1013: a second <c>pack</c> declaration.</summary>
    public static readonly DiagnosticDescriptor SecondPack = new("CERT1013", Error, "More than one pack declaration");

    /// <summary>CERT1013 of a second pack declaration; the first is declared at <paramref name="first"/>.</summary>
    internal static DiagnosticMessage PackDeclaredTwice((string Path, LinePosition Start)? first) =>
        new(SecondPack, $"a pack is declared already{Where(first)}; a pack folder has exactly one 'pack' declaration: remove this one");

    /// <summary>CERT1014: an enum member or a market member is listed twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateMember = new("CERT1014", Error, "Duplicate member");

    /// <summary>CERT1014 of <paramref name="member"/> listed twice in an enum.</summary>
    internal static DiagnosticMessage EnumMemberTwice(string member) =>
        new(DuplicateMember, $"'{Safe(member)}' is listed twice in this enum; remove one");

    /// <summary>CERT1014 of the country <paramref name="member"/> listed twice in a market.</summary>
    internal static DiagnosticMessage MarketMemberTwice(string member) =>
        new(DuplicateMember, $"'{Safe(member)}' is listed twice as a member; remove one");

    /// <summary>" at path(line,column)" of a first declaration, or " (it is built in)" when there is none.</summary>
    private static string Where((string Path, LinePosition Start)? first) =>
        first is { } at ? $" at {Safe(at.Path)}({at.Start})" : " (it is built in)";
}
