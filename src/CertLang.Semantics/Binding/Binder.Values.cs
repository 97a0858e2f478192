using System.Globalization;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;

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
                    Report(unit, SemanticDiagnostics.UnitOfOtherQuantity(attribute.Name, quantity, unit.Text, quantityUnit));
                    return null;
                }

                return BindQuantity(number.Number, quantityUnit);
            case (QuantityType quantity, NumberValueSyntax { Unit: null } number):
                Report(number.Number, SemanticDiagnostics.UnitMissing(attribute.Name, quantity, number.Number.Text));
                return null;
            case (NumberType, NumberValueSyntax { Unit: null } number):
                return BindNumber(number.Number) is { } plain ? new NumberValue(plain) : null;
            case (NumberType, NumberValueSyntax { Unit: { } unit }):
                Report(unit, SemanticDiagnostics.UnitOnPlainNumber(attribute.Name, unit.Text));
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
                    Report(name, SemanticDiagnostics.NotEnumMember(member, attribute.Name, enumType.Members));
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
                Report(syntax, SemanticDiagnostics.ValueNotOfType(attribute.Name, type));
                return null;
        }
    }

    private decimal? BindNumber(SyntaxToken token)
    {
        if (token.IsMissing)
        {
            return null;
        }

        if (token.Text.EndsWith('_') || token.Text.Contains("_.", StringComparison.Ordinal))
        {
            Report(token, SemanticDiagnostics.UnderscoreMisplaced(token.Text));
            return null;
        }

        if (!decimal.TryParse(token.Text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Report(token, SemanticDiagnostics.NumberTooLarge(token.Text));
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
            Report(token, SemanticDiagnostics.QuantityTooLarge(token.Text, unit));
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
            Report(token, SemanticDiagnostics.NotCalendarDate(token.Text));
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
            Report(token, SemanticDiagnostics.NotHsCode(token.Text));
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

        if (Units.Duration(syntax.Unit.Text) is not { } unit)
        {
            Report(syntax.Unit, SemanticDiagnostics.NotTimeUnit(syntax.Unit.Text));
            return null;
        }

        var minimum = BindAmount(syntax.Minimum, unit, syntax.Unit.Text);
        var maximum = syntax.Maximum is { } max ? BindAmount(max, unit, syntax.Unit.Text) : minimum;
        if (minimum is null || maximum is null)
        {
            return null;
        }

        if (minimum.Value.CompareTo(maximum.Value) > 0)
        {
            Report(syntax, SemanticDiagnostics.RangeBackwards(syntax.Minimum.Text, syntax.Maximum!.Text));
            return null;
        }

        return new DurationRange(minimum.Value, maximum.Value);
    }

    /// <summary>
    /// The number of <paramref name="token"/> times <paramref name="perUnit"/> (docs/language.md, "Meaning": a fraction of a
    /// month is that fraction of 30 days, days are rounded up), or null (reported) beyond <see cref="DurationRange.MaxDays"/>.
    /// </summary>
    private CalendarDuration? BindAmount(SyntaxToken token, CalendarDuration perUnit, string unit)
    {
        if (BindNumber(token) is not { } amount)
        {
            return null;
        }

        if (amount > DurationRange.MaxDays || perUnit.Times(amount).ApproximateDays > DurationRange.MaxDays)
        {
            Report(token, SemanticDiagnostics.DurationBeyondLimit(token.Text, unit));
            return null;
        }

        return perUnit.Times(amount);
    }
}
