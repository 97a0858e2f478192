using CertLang.Syntax.Diagnostics;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Literals (CERT103x): dates and date windows, duration ranges, HS codes and market codes.</summary>
public static partial class SemanticDiagnostics
{
    /// <summary>CERT1030: a date of the form YYYY-MM-DD that is not a day of the calendar.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("CERT1030", Error, "Invalid date");

    /// <summary>CERT1030 of <paramref name="date"/>.</summary>
    internal static DiagnosticMessage NotCalendarDate(string date) =>
        new(InvalidDate, $"'{Safe(date)}' is not a calendar date; check the month and the day");

    /// <summary>CERT1031: a duration range whose minimum is above its maximum.</summary>
    public static readonly DiagnosticDescriptor RangeReversed = new("CERT1031", Error, "Range with minimum above maximum");

    /// <summary>CERT1031 of the range <paramref name="minimum"/>..<paramref name="maximum"/>.</summary>
    internal static DiagnosticMessage RangeBackwards(string minimum, string maximum) =>
        new(RangeReversed, $"the range {Safe(minimum)}..{Safe(maximum)} runs backwards; write the shorter duration first");

    /// <summary>CERT1032: a date window that holds no day.</summary>
    public static readonly DiagnosticDescriptor EmptyDateWindow = new("CERT1032", Error, "Empty date window");

    /// <summary>CERT1032 of <paramref name="regime"/>, <c>effective</c> after its <c>until</c>.</summary>
    internal static DiagnosticMessage RegimeNeverEffective(string regime, DateOnly effective, DateOnly until) =>
        new(EmptyDateWindow, $"regime '{Safe(regime)}' is effective from {effective:yyyy-MM-dd} until {until:yyyy-MM-dd}: it never applies; check the dates");

    /// <summary>CERT1032 of an include (<paramref name="include"/>) or exclude that applies <c>from</c> after its <c>until</c>.</summary>
    internal static DiagnosticMessage ScopeWindowEmpty(bool include, DateOnly from, DateOnly until) => WindowEmpty(ScopeKeyword(include), from, until);

    /// <summary>CERT1032 of an <c>accepts</c> that applies <c>from</c> after its <c>until</c>.</summary>
    internal static DiagnosticMessage AcceptanceWindowEmpty(DateOnly from, DateOnly until) => WindowEmpty("acceptance", from, until);

    /// <summary>CERT1033: an HS code that is not a chapter, heading or subheading.</summary>
    public static readonly DiagnosticDescriptor InvalidHsCode = new("CERT1033", Error, "Invalid HS code");

    /// <summary>CERT1033 of <paramref name="code"/>.</summary>
    internal static DiagnosticMessage NotHsCode(string code) =>
        new(InvalidHsCode, $"'{Safe(code)}' is not an HS code; write a chapter, heading or subheading in digits, such as 85, 8516 or 8516.31");

    /// <summary>CERT1034: a market name or a bloc member that does not look like a market code.</summary>
    public static readonly DiagnosticDescriptor UnusualMarketCode = new("CERT1034", Warning, "Unusual market code");

    /// <summary>CERT1034 of the member <paramref name="code"/> of a market.</summary>
    internal static DiagnosticMessage MemberNotCountryCode(string code) => NotCountryCode(code, "DE");

    /// <summary>CERT1034 of the name <paramref name="code"/> of a bloc (<paramref name="isBloc"/>) or country.</summary>
    internal static DiagnosticMessage MarketCodeUnusual(string code, bool isBloc) => isBloc
        ? new(UnusualMarketCode, $"'{Safe(code)}' is an unusual bloc code; use capital letters, such as EU or EAEU")
        : NotCountryCode(code, "CN");

    private static DiagnosticMessage WindowEmpty(string what, DateOnly from, DateOnly until) =>
        new(EmptyDateWindow, $"this {what} applies from {from:yyyy-MM-dd} until {until:yyyy-MM-dd}: never; check the dates");

    private static DiagnosticMessage NotCountryCode(string code, string example) =>
        new(UnusualMarketCode, $"'{Safe(code)}' is not an ISO 3166 alpha-2 country code; write the country's two capital letters, such as {example}");

    private static string ScopeKeyword(bool include) => include ? "include" : "exclude";
}
