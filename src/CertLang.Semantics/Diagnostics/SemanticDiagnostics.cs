using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>The descriptors of the semantic diagnostics (CERT1xxx), one field per code; docs/diagnostics.md documents each.</summary>
public static class SemanticDiagnostics
{
    /// <summary>CERT1001</summary>
    public static readonly DiagnosticDescriptor UnknownAttribute = new("CERT1001", Error, "Unknown attribute");
    /// <summary>CERT1002</summary>
    public static readonly DiagnosticDescriptor UnknownCategory = new("CERT1002", Error, "Unknown category");
    /// <summary>CERT1003</summary>
    public static readonly DiagnosticDescriptor UnknownMarket = new("CERT1003", Error, "Unknown market");
    /// <summary>CERT1004</summary>
    public static readonly DiagnosticDescriptor UnknownRegime = new("CERT1004", Error, "Unknown regime");
    /// <summary>CERT1005</summary>
    public static readonly DiagnosticDescriptor UnknownStep = new("CERT1005", Error, "Unknown step");
    /// <summary>CERT1006</summary>
    public static readonly DiagnosticDescriptor UnknownType = new("CERT1006", Error, "Unknown type");
    /// <summary>CERT1007</summary>
    public static readonly DiagnosticDescriptor UnknownEnumMember = new("CERT1007", Error, "Unknown enum member");
    /// <summary>CERT1008</summary>
    public static readonly DiagnosticDescriptor UnknownRoute = new("CERT1008", Error, "Unknown route");
    /// <summary>CERT1010</summary>
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("CERT1010", Error, "Duplicate declaration");
    /// <summary>CERT1011</summary>
    public static readonly DiagnosticDescriptor DuplicateClause = new("CERT1011", Error, "Duplicate clause");
    /// <summary>CERT1012</summary>
    public static readonly DiagnosticDescriptor MissingPack = new("CERT1012", Error, "No pack declaration");
    /// <summary>CERT1013</summary>
    public static readonly DiagnosticDescriptor SecondPack = new("CERT1013", Error, "More than one pack declaration");
    /// <summary>CERT1014</summary>
    public static readonly DiagnosticDescriptor DuplicateMember = new("CERT1014", Error, "Duplicate member");
    /// <summary>CERT1020</summary>
    public static readonly DiagnosticDescriptor QuantityMismatch = new("CERT1020", Error, "Quantity of the wrong kind");
    /// <summary>CERT1021</summary>
    public static readonly DiagnosticDescriptor MissingUnit = new("CERT1021", Error, "Missing unit");
    /// <summary>CERT1022</summary>
    public static readonly DiagnosticDescriptor ValueTypeMismatch = new("CERT1022", Error, "Value of the wrong type");
    /// <summary>CERT1023</summary>
    public static readonly DiagnosticDescriptor OperatorNotApplicable = new("CERT1023", Error, "Operator not applicable");
    /// <summary>CERT1024</summary>
    public static readonly DiagnosticDescriptor NotBoolean = new("CERT1024", Error, "Condition is not boolean");
    /// <summary>CERT1025</summary>
    public static readonly DiagnosticDescriptor WrongDurationUnit = new("CERT1025", Error, "Not a duration unit");
    /// <summary>CERT1026</summary>
    public static readonly DiagnosticDescriptor InvalidNumber = new("CERT1026", Error, "Invalid number");
    /// <summary>CERT1027</summary>
    public static readonly DiagnosticDescriptor DurationTooLong = new("CERT1027", Error, "Duration too long");
    /// <summary>CERT1030</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("CERT1030", Error, "Invalid date");
    /// <summary>CERT1031</summary>
    public static readonly DiagnosticDescriptor RangeReversed = new("CERT1031", Error, "Range with minimum above maximum");
    /// <summary>CERT1032</summary>
    public static readonly DiagnosticDescriptor EmptyDateWindow = new("CERT1032", Error, "Empty date window");
    /// <summary>CERT1033</summary>
    public static readonly DiagnosticDescriptor InvalidHsCode = new("CERT1033", Error, "Invalid HS code");
    /// <summary>CERT1034</summary>
    public static readonly DiagnosticDescriptor UnusualMarketCode = new("CERT1034", Warning, "Unusual market code");
    /// <summary>CERT1040</summary>
    public static readonly DiagnosticDescriptor StepCycle = new("CERT1040", Error, "Cycle in step order");
    /// <summary>CERT1041</summary>
    public static readonly DiagnosticDescriptor NoDefaultTakes = new("CERT1041", Error, "Step without a default duration");
    /// <summary>CERT1042</summary>
    public static readonly DiagnosticDescriptor SecondDefaultTakes = new("CERT1042", Error, "More than one default duration");
    /// <summary>CERT1043</summary>
    public static readonly DiagnosticDescriptor UnreachableTakes = new("CERT1043", Warning, "Duration never used");
    /// <summary>CERT1044</summary>
    public static readonly DiagnosticDescriptor RequiresCycle = new("CERT1044", Error, "Cycle in requires");
    /// <summary>CERT1045</summary>
    public static readonly DiagnosticDescriptor AcceptsCycle = new("CERT1045", Error, "Cycle in accepts");
    /// <summary>CERT1050</summary>
    public static readonly DiagnosticDescriptor UndeclaredTestAttribute = new("CERT1050", Error, "Test product uses an undeclared attribute");
    /// <summary>CERT1051</summary>
    public static readonly DiagnosticDescriptor DuplicateProductEntry = new("CERT1051", Error, "Attribute given twice");
    /// <summary>CERT1052</summary>
    public static readonly DiagnosticDescriptor TestWithoutExpectations = new("CERT1052", Warning, "Test without expectations");
    /// <summary>CERT1060</summary>
    public static readonly DiagnosticDescriptor NeverMatches = new("CERT1060", Warning, "Scope clause can never match");
    /// <summary>CERT1070</summary>
    public static readonly DiagnosticDescriptor UnusedAttribute = new("CERT1070", Info, "Unused attribute");
    /// <summary>CERT1071</summary>
    public static readonly DiagnosticDescriptor UnusedCategory = new("CERT1071", Info, "Unused category");

    /// <summary>All descriptors of the compiler.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnknownAttribute, UnknownCategory, UnknownMarket, UnknownRegime, UnknownStep, UnknownType, UnknownEnumMember, UnknownRoute,
        DuplicateDeclaration, DuplicateClause, MissingPack, SecondPack, DuplicateMember,
        QuantityMismatch, MissingUnit, ValueTypeMismatch, OperatorNotApplicable, NotBoolean, WrongDurationUnit, InvalidNumber, DurationTooLong,
        InvalidDate, RangeReversed, EmptyDateWindow, InvalidHsCode, UnusualMarketCode,
        StepCycle, NoDefaultTakes, SecondDefaultTakes, UnreachableTakes, RequiresCycle, AcceptsCycle,
        UndeclaredTestAttribute, DuplicateProductEntry, TestWithoutExpectations,
        NeverMatches, UnusedAttribute, UnusedCategory,
    ];

    /// <summary>"unknown category 'hair_drier'; did you mean 'hair_dryer'?" (with the suggestion) or a list of what exists.</summary>
    public static (string Message, string? Suggestion) Unknown(string what, string name, IEnumerable<string> candidates)
    {
        var known = candidates.Distinct().Order(StringComparer.Ordinal).ToList();
        if (SpellChecker.Suggest(name, known) is { } suggestion)
        {
            return ($"unknown {what} '{Safe(name)}'; did you mean '{Safe(suggestion)}'?", suggestion);
        }

        return (known.Count switch
        {
            0 => $"unknown {what} '{Safe(name)}'; declare it first",
            <= 8 => $"unknown {what} '{Safe(name)}'; declared: {List(known)}",
            _ => $"unknown {what} '{Safe(name)}'; declare it, or check the spelling",
        }, null);
    }
}
