using System.Globalization;
using CertLang.Semantics.Types;
using CertLang.Syntax.Diagnostics;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Values (CERT102x): values and operators that do not fit an attribute's type, units, numbers and durations.</summary>
public static partial class SemanticDiagnostics
{
    /// <summary>CERT1020: a quantity has a unit of another kind than its attribute.</summary>
    public static readonly DiagnosticDescriptor QuantityMismatch = new("CERT1020", Error, "Quantity of the wrong kind");

    /// <summary>CERT1020 of <paramref name="unit"/> for <paramref name="attribute"/>, of type <paramref name="quantity"/>; <paramref name="known"/> is the unit, null when it is none.</summary>
    internal static DiagnosticMessage UnitOfOtherQuantity(string attribute, QuantityType quantity, string unit, QuantityUnit? known)
    {
        var measures = known is null ? "is not a unit of a quantity" : $"measures {known.Kind.ToString().ToLowerInvariant()}";
        return new(QuantityMismatch, $"'{Safe(attribute)}' is a {quantity.DisplayName}, but '{unit}' {measures}; use {UnitList(quantity.Kind)}");
    }

    /// <summary>CERT1021: a number without a unit for a quantity attribute.</summary>
    public static readonly DiagnosticDescriptor MissingUnit = new("CERT1021", Error, "Missing unit");

    /// <summary>CERT1021 of <paramref name="number"/> for <paramref name="attribute"/>, of type <paramref name="quantity"/>.</summary>
    internal static DiagnosticMessage UnitMissing(string attribute, QuantityType quantity, string number) =>
        new(MissingUnit, $"'{Safe(attribute)}' is a {quantity.DisplayName}: add a unit after {Safe(number)} ({UnitList(quantity.Kind)})");

    /// <summary>CERT1022: a value is not of its attribute's type.</summary>
    public static readonly DiagnosticDescriptor ValueTypeMismatch = new("CERT1022", Error, "Value of the wrong type");

    /// <summary>CERT1022 of <paramref name="unit"/> on a value of the plain number <paramref name="attribute"/>.</summary>
    internal static DiagnosticMessage UnitOnPlainNumber(string attribute, string unit) =>
        new(ValueTypeMismatch, $"'{Safe(attribute)}' is a plain number; remove the unit '{unit}'");

    /// <summary>CERT1022 of a value that is not of <paramref name="attribute"/>'s <paramref name="type"/>, with an example of one that is.</summary>
    internal static DiagnosticMessage ValueNotOfType(string attribute, AttributeType type) =>
        new(ValueTypeMismatch, $"'{Safe(attribute)}' is {Article(type)}; {Example(type)}");

    /// <summary>CERT1023: an operator that the attribute's type does not have.</summary>
    public static readonly DiagnosticDescriptor OperatorNotApplicable = new("CERT1023", Error, "Operator not applicable");

    /// <summary>CERT1023 of the ordering operator <paramref name="op"/> on <paramref name="attribute"/>, of the unordered <paramref name="type"/>.</summary>
    internal static DiagnosticMessage NotOrdered(string op, string attribute, AttributeType type) =>
        new(OperatorNotApplicable, $"'{op}' compares quantities, numbers and dates; '{Safe(attribute)}' is {Article(type)}: use == or !=");

    /// <summary>CERT1023 of <c>is</c> on an attribute other than <c>category</c>, testing for <paramref name="category"/>.</summary>
    internal static DiagnosticMessage IsNotOnCategory(string category) =>
        new(OperatorNotApplicable, $"'is' tests the category of a product: write 'category is {Safe(category)}'");

    /// <summary>CERT1023 of <c>under</c> on an attribute other than <c>hs</c>, testing for <paramref name="code"/>.</summary>
    internal static DiagnosticMessage UnderNotOnHs(string code) =>
        new(OperatorNotApplicable, $"'under' tests the HS code of a product: write 'hs under {Safe(code)}'");

    /// <summary>CERT1024: an attribute that is not a <c>bool</c> stands alone as a condition.</summary>
    public static readonly DiagnosticDescriptor NotBoolean = new("CERT1024", Error, "Condition is not boolean");

    /// <summary>CERT1024 of <paramref name="attribute"/>, of <paramref name="type"/>.</summary>
    internal static DiagnosticMessage NotBool(string attribute, AttributeType type) =>
        new(NotBoolean, $"'{Safe(attribute)}' is {Article(type)}, not a bool: compare it, as in {Safe(attribute)} == …");

    /// <summary>CERT1025: a duration's unit is not a unit of time.</summary>
    public static readonly DiagnosticDescriptor WrongDurationUnit = new("CERT1025", Error, "Not a duration unit");

    /// <summary>CERT1025 of <paramref name="unit"/>.</summary>
    internal static DiagnosticMessage NotTimeUnit(string unit) =>
        new(WrongDurationUnit, $"'{unit}' is not a unit of time; use days, weeks, months or years");

    /// <summary>CERT1026: a number is malformed or too large.</summary>
    public static readonly DiagnosticDescriptor InvalidNumber = new("CERT1026", Error, "Invalid number");

    /// <summary>CERT1026 of <paramref name="number"/>, with an underscore that is not between two digits.</summary>
    internal static DiagnosticMessage UnderscoreMisplaced(string number) =>
        new(InvalidNumber, $"'{Safe(number)}' is not a number; underscores go between digits, as in 1_000");

    /// <summary>CERT1026 of <paramref name="number"/>, above the largest number a pack can hold.</summary>
    internal static DiagnosticMessage NumberTooLarge(string number) =>
        new(InvalidNumber,
            $"number too large: '{Safe(number)}' is more than the largest number a pack can hold ({decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}); check its digits");

    /// <summary>CERT1026 of <paramref name="number"/> <paramref name="unit"/>, above the largest number a pack can hold in the base unit.</summary>
    internal static DiagnosticMessage QuantityTooLarge(string number, QuantityUnit unit) =>
        new(InvalidNumber,
            $"number too large: '{Safe(number)}' {unit.Name} is more than a pack can hold ({decimal.MaxValue.ToString(CultureInfo.InvariantCulture)} {Units.BaseUnit(unit.Kind)}); check its digits");

    /// <summary>CERT1027: a duration longer than <see cref="DurationRange.MaxDays"/>.</summary>
    public static readonly DiagnosticDescriptor DurationTooLong = new("CERT1027", Error, "Duration too long");

    /// <summary>CERT1027 of <paramref name="number"/> <paramref name="unit"/>.</summary>
    internal static DiagnosticMessage DurationBeyondLimit(string number, string unit) =>
        new(DurationTooLong,
            $"duration too long: {Safe(number)} {unit} is more than {DurationRange.MaxDays / 365} years ({DurationRange.MaxDays} days), the longest a pack may state; check the number");

    private static string UnitList(QuantityKind kind) => string.Join(", ", Units.NamesOf(kind));

    private static string Article(AttributeType type) => type switch
    {
        EnumType => "an enum",
        HsCodeType => "an HS code",
        _ => $"a {type.DisplayName}",
    };

    private static string Example(AttributeType type) => type switch
    {
        QuantityType quantity => $"write a number with a unit, such as 230 {Units.BaseUnit(quantity.Kind)}",
        NumberType => "write a number, such as 3",
        BoolType => "write true or false",
        TextType => "write a string in quotes",
        DateType => "write a date, such as 2027-06-01",
        EnumType enumType => $"write one of: {List(enumType.Members)}",
        CategoryType => "write a category name",
        _ => "write an HS code, such as 8516.31",
    };
}
