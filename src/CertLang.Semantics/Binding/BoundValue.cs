using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;

namespace CertLang.Semantics.Binding;

/// <summary>A checked value: a literal of a condition or of a test product, in canonical form.</summary>
public abstract record BoundValue
{
    /// <summary>The value as a person reads it, units in base form (<c>230 V</c>, <c>household</c>, <c>2027-06-01</c>).</summary>
    public abstract string Display { get; }
}

/// <summary>A quantity in its base unit: <c>1 kV</c> is 1000 V.</summary>
public sealed record QuantityValue(decimal BaseValue, QuantityKind Kind) : BoundValue
{
    /// <inheritdoc />
    public override string Display => $"{BaseValue.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Units.BaseUnit(Kind)}";
}

/// <summary>A plain number.</summary>
public sealed record NumberValue(decimal Value) : BoundValue
{
    /// <inheritdoc />
    public override string Display => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoolValue(bool Value) : BoundValue
{
    /// <inheritdoc />
    public override string Display => Value ? "true" : "false";
}

/// <summary>A string, unescaped.</summary>
public sealed record TextValue(string Value) : BoundValue
{
    /// <inheritdoc />
    public override string Display => System.Text.Json.JsonSerializer.Serialize(Value);
}

/// <summary>A calendar date.</summary>
public sealed record DateValue(DateOnly Value) : BoundValue
{
    /// <inheritdoc />
    public override string Display => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A member of an enum.</summary>
public sealed record EnumValue(string Member) : BoundValue
{
    /// <inheritdoc />
    public override string Display => Member;
}

/// <summary>A category of the pack.</summary>
public sealed record CategoryValue(CategorySymbol Category) : BoundValue
{
    /// <inheritdoc />
    public override string Display => Category.Name;
}

/// <summary>An HS code, as its digits (dots dropped): <c>8516.31</c> is <c>851631</c>.</summary>
public sealed record HsCodeValue(string Digits, string Written) : BoundValue
{
    /// <inheritdoc />
    public override string Display => Written;

    /// <summary>Whether this code lies under <paramref name="prefix"/> (digit-prefix comparison: 8516 covers 8516.31).</summary>
    public bool IsUnder(HsCodeValue prefix) => Digits.StartsWith(prefix.Digits, StringComparison.Ordinal);
}
