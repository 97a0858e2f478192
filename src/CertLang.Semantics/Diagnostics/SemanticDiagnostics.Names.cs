using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax.Diagnostics;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Names (CERT100x): a name that nothing declares, with the name it was probably meant to be.</summary>
public static partial class SemanticDiagnostics
{
    /// <summary>CERT1001: a condition names an attribute that no declaration declares.</summary>
    public static readonly DiagnosticDescriptor UnknownAttribute = new("CERT1001", Error, "Unknown attribute");

    /// <summary>CERT1001 of <paramref name="name"/>, with the closest of the <paramref name="declared"/> attributes.</summary>
    internal static DiagnosticMessage AttributeNotDeclared(string name, IEnumerable<string> declared) =>
        Unknown(UnknownAttribute, "attribute", name, declared);

    /// <summary>CERT1002: a category is named that no declaration declares.</summary>
    public static readonly DiagnosticDescriptor UnknownCategory = new("CERT1002", Error, "Unknown category");

    /// <summary>CERT1002 of <paramref name="name"/>, with the closest of the <paramref name="declared"/> categories.</summary>
    internal static DiagnosticMessage CategoryNotDeclared(string name, IEnumerable<string> declared) =>
        Unknown(UnknownCategory, "category", name, declared);

    /// <summary>CERT1003: a regime is in a market that no declaration declares.</summary>
    public static readonly DiagnosticDescriptor UnknownMarket = new("CERT1003", Error, "Unknown market");

    /// <summary>CERT1003 of <paramref name="name"/>, with the closest of the <paramref name="declared"/> markets.</summary>
    internal static DiagnosticMessage MarketNotDeclared(string name, IEnumerable<string> declared) =>
        Unknown(UnknownMarket, "market", name, declared);

    /// <summary>CERT1004: a regime is named that no declaration declares.</summary>
    public static readonly DiagnosticDescriptor UnknownRegime = new("CERT1004", Error, "Unknown regime");

    /// <summary>CERT1004 of <paramref name="name"/>, with the closest of the <paramref name="declared"/> regimes.</summary>
    internal static DiagnosticMessage RegimeNotDeclared(string name, IEnumerable<string> declared) =>
        Unknown(UnknownRegime, "regime", name, declared);

    /// <summary>CERT1005: a step's <c>after</c> names a step its regime's process does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownStep = new("CERT1005", Error, "Unknown step");

    /// <summary>CERT1005 of <paramref name="name"/>, with the closest of the <paramref name="declared"/> steps of the process.</summary>
    internal static DiagnosticMessage StepNotDeclared(string name, IEnumerable<string> declared) =>
        Unknown(UnknownStep, "step", name, declared);

    /// <summary>CERT1006: an attribute's type is none of the named types nor an enum.</summary>
    public static readonly DiagnosticDescriptor UnknownType = new("CERT1006", Error, "Unknown type");

    /// <summary>CERT1006 of <paramref name="name"/>: "did you mean" the closest type (or <c>enum</c>), or the list of types.</summary>
    internal static DiagnosticMessage TypeNotKnown(string name)
    {
        var suggestion = SpellChecker.Suggest(name, [.. AttributeTypes.Names, "enum"]);
        return suggestion is not null
            ? new(UnknownType, $"unknown type '{Safe(name)}'; did you mean '{Safe(suggestion)}'?", suggestion == "enum" ? null : suggestion)
            : new(UnknownType, $"unknown type '{Safe(name)}'; use one of: {List(AttributeTypes.Names)}, or enum {{ … }}");
    }

    /// <summary>CERT1007: a value of an enum attribute is not one of its members.</summary>
    public static readonly DiagnosticDescriptor UnknownEnumMember = new("CERT1007", Error, "Unknown enum member");

    /// <summary>CERT1007 of <paramref name="member"/> of <paramref name="attribute"/>: "did you mean" the closest of its <paramref name="members"/>, or their list.</summary>
    internal static DiagnosticMessage NotEnumMember(string member, string attribute, IReadOnlyList<string> members)
    {
        var close = SpellChecker.Suggest(member, members);
        var advice = close is not null ? $"did you mean '{Safe(close)}'?" : $"use one of: {List(members)}";
        return new(UnknownEnumMember, $"'{Safe(member)}' is not a member of '{Safe(attribute)}'; {advice}", close);
    }

    /// <summary>CERT1008: a regime's <c>route</c> is not one of the routes.</summary>
    public static readonly DiagnosticDescriptor UnknownRoute = new("CERT1008", Error, "Unknown route");

    /// <summary>CERT1008 of <paramref name="route"/>, with the closest of <see cref="RegimeRoutes.All"/>.</summary>
    internal static DiagnosticMessage RouteNotKnown(string route) => Unknown(UnknownRoute, "route", route, RegimeRoutes.All);

    /// <summary>"unknown category 'hair_drier'; did you mean 'hair_dryer'?" (with the suggestion) or a list of what exists.</summary>
    private static DiagnosticMessage Unknown(DiagnosticDescriptor descriptor, string what, string name, IEnumerable<string> candidates)
    {
        var known = candidates.Distinct().Order(StringComparer.Ordinal).ToList();
        if (SpellChecker.Suggest(name, known) is { } suggestion)
        {
            return new(descriptor, $"unknown {what} '{Safe(name)}'; did you mean '{Safe(suggestion)}'?", suggestion);
        }

        return new(descriptor, known.Count switch
        {
            0 => $"unknown {what} '{Safe(name)}'; declare it first",
            <= 8 => $"unknown {what} '{Safe(name)}'; declared: {List(known)}",
            _ => $"unknown {what} '{Safe(name)}'; declare it, or check the spelling",
        });
    }
}
