using System.Globalization;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Binding;

/// <summary>Literals: numbers, quantities, dates, HS codes, durations, and values checked against an attribute's type.</summary>
internal sealed partial class Binder
{
    /// <summary>A value of <paramref name="attribute"/>'s type, or null (reported) when it is not one.</summary>
    private BoundValue? BindValue(ValueSyntax syntax, AttributeSymbol attribute)
    {
        if (syntax.FirstToken.IsMissing)
        {
            return null;
        }

        var type = attribute.Type;
        switch (type, syntax)
        {
            case (QuantityType quantity, NumberValueSyntax { Unit: { } unit } number):
                var quantityUnit = Units.Quantity(unit.Text);
                if (quantityUnit is null || quantityUnit.Kind != quantity.Kind)
                {
                    var measures = quantityUnit is null ? "is not a unit of a quantity" : $"measures {quantityUnit.Kind.ToString().ToLowerInvariant()}";
                    Report(SemanticDiagnostics.QuantityMismatch, unit,
                        $"'{Safe(attribute.Name)}' is a {quantity.DisplayName}, but '{unit.Text}' {measures}; use {UnitList(quantity.Kind)}");
                    return null;
                }

                return BindQuantity(number.Number, quantityUnit);
            case (QuantityType quantity, NumberValueSyntax { Unit: null } number):
                Report(SemanticDiagnostics.MissingUnit, number.Number,
                    $"'{Safe(attribute.Name)}' is a {quantity.DisplayName}: add a unit after {Safe(number.Number.Text)} ({UnitList(quantity.Kind)})");
                return null;
            case (NumberType, NumberValueSyntax { Unit: null } number):
                return BindNumber(number.Number) is { } plain ? new NumberValue(plain) : null;
            case (NumberType, NumberValueSyntax { Unit: { } unit }):
                Report(SemanticDiagnostics.ValueTypeMismatch, unit, $"'{Safe(attribute.Name)}' is a plain number; remove the unit '{unit.Text}'");
                return null;
            case (BoolType, LiteralValueSyntax { Literal.Kind: SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword } literal):
                return new BoolValue(literal.Literal.Kind == SyntaxKind.TrueKeyword);
            case (TextType, LiteralValueSyntax { Literal.Kind: SyntaxKind.StringToken } literal):
                return new TextValue(Strings.Unescape(literal.Literal.Text));
            case (DateType, LiteralValueSyntax { Literal.Kind: SyntaxKind.DateToken } literal):
                return BindDate(literal.Literal) is { } date ? new DateValue(date) : null;
            case (EnumType enumType, NameValueSyntax name):
                var member = name.Name.Identifier.Text;
                if (!enumType.Members.Contains(member))
                {
                    var close = Syntax.Diagnostics.SpellChecker.Suggest(member, enumType.Members);
                    var advice = close is not null ? $"did you mean '{Safe(close)}'?" : $"use one of: {List(enumType.Members)}";
                    Report(SemanticDiagnostics.UnknownEnumMember, name, $"'{Safe(member)}' is not a member of '{Safe(attribute.Name)}'; {advice}", close);
                    return null;
                }

                return new EnumValue(member);
            case (CategoryType, NameValueSyntax name):
                return ResolveCategory(name.Name) is { } category ? new CategoryValue(category) : null;
            case (HsCodeType, NumberValueSyntax { Unit: null } number):
                return BindHsCode(number.Number);
            case (HsCodeType, LiteralValueSyntax { Literal.Kind: SyntaxKind.DottedNumberToken } literal):
                return BindHsCode(literal.Literal);
            default:
                Report(SemanticDiagnostics.ValueTypeMismatch, syntax, $"'{Safe(attribute.Name)}' is {Article(type)}; {Example(attribute)}");
                return null;
        }
    }

    private static string UnitList(QuantityKind kind) => string.Join(", ", Units.NamesOf(kind));

    private static string Article(AttributeType type) => type switch
    {
        EnumType => "an enum",
        HsCodeType => "an HS code",
        _ => $"a {type.DisplayName}",
    };

    private static string Example(AttributeSymbol attribute) => attribute.Type switch
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

    private decimal? BindNumber(SyntaxToken token)
    {
        if (token.IsMissing)
        {
            return null;
        }

        if (token.Text.EndsWith('_') || token.Text.Contains("_.", StringComparison.Ordinal))
        {
            Report(SemanticDiagnostics.InvalidNumber, token, $"'{Safe(token.Text)}' is not a number; underscores go between digits, as in 1_000");
            return null;
        }

        if (!decimal.TryParse(token.Text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Report(SemanticDiagnostics.InvalidNumber, token,
                $"number too large: '{Safe(token.Text)}' is more than the largest number a pack can hold ({decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}); check its digits");
            return null;
        }

        return value;
    }

    /// <summary>The number of <paramref name="token"/> in <paramref name="unit"/>, converted to its base unit, or null (reported) when it does not fit.</summary>
    private QuantityValue? BindQuantity(SyntaxToken token, QuantityUnit unit)
    {
        if (BindNumber(token) is not { } amount)
        {
            return null;
        }

        if (unit.Factor > 1 && amount > decimal.MaxValue / unit.Factor)
        {
            var baseUnit = Units.BaseUnit(unit.Kind);
            Report(SemanticDiagnostics.InvalidNumber, token,
                $"number too large: '{Safe(token.Text)}' {unit.Name} is more than a pack can hold ({decimal.MaxValue.ToString(CultureInfo.InvariantCulture)} {baseUnit}); check its digits");
            return null;
        }

        return new QuantityValue(amount * unit.Factor, unit.Kind);
    }

    private DateOnly? BindDate(SyntaxToken token)
    {
        if (token.IsMissing || token.Text.Length != 10)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Report(SemanticDiagnostics.InvalidDate, token, $"'{Safe(token.Text)}' is not a calendar date; check the month and the day");
            return null;
        }

        return date;
    }

    private HsCodeValue? BindHsCode(SyntaxToken token)
    {
        if (token.IsMissing)
        {
            return null;
        }

        var groups = token.Text.Split('.');
        var valid = groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit))
                    && groups[0].Length is 2 or 4 or 6 && groups.Skip(1).All(g => g.Length >= 2);
        if (!valid)
        {
            Report(SemanticDiagnostics.InvalidHsCode, token,
                $"'{Safe(token.Text)}' is not an HS code; write a chapter, heading or subheading in digits, such as 85, 8516 or 8516.31");
            return null;
        }

        return new HsCodeValue(string.Concat(groups), token.Text);
    }

    private DurationRange? BindDuration(DurationSyntax syntax)
    {
        if (syntax.Unit.IsMissing || syntax.Minimum.IsMissing)
        {
            return null;
        }

        if (Units.DaysPer(syntax.Unit.Text) is not { } daysPerUnit)
        {
            Report(SemanticDiagnostics.WrongDurationUnit, syntax.Unit, $"'{syntax.Unit.Text}' is not a unit of time; use days, weeks, months or years");
            return null;
        }

        var minimum = BindDays(syntax.Minimum, daysPerUnit, syntax.Unit.Text);
        var maximum = syntax.Maximum is { } max ? BindDays(max, daysPerUnit, syntax.Unit.Text) : minimum;
        if (minimum is null || maximum is null)
        {
            return null;
        }

        if (minimum > maximum)
        {
            Report(SemanticDiagnostics.RangeReversed, syntax,
                $"the range {Safe(syntax.Minimum.Text)}..{Safe(syntax.Maximum!.Text)} runs backwards; write the shorter duration first");
            return null;
        }

        return new DurationRange(minimum.Value, maximum.Value);
    }

    /// <summary>The number of <paramref name="token"/> in whole days (rounded up), or null (reported) beyond <see cref="DurationRange.MaxDays"/>.</summary>
    private int? BindDays(SyntaxToken token, int daysPerUnit, string unit)
    {
        if (BindNumber(token) is not { } amount)
        {
            return null;
        }

        if (amount > DurationRange.MaxDays || Math.Ceiling(amount * daysPerUnit) > DurationRange.MaxDays)
        {
            Report(SemanticDiagnostics.DurationTooLong, token,
                $"duration too long: {Safe(token.Text)} {unit} is more than {DurationRange.MaxDays / 365} years ({DurationRange.MaxDays} days), the longest a pack may state; check the number");
            return null;
        }

        return (int)Math.Ceiling(amount * daysPerUnit);
    }
}
