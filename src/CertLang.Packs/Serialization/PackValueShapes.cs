using System.Globalization;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax.Text;

namespace CertLang.Packs.Serialization;

/// <summary>
/// The values each attribute of a pack may take, in the pack's value form: a quantity as a number in its base unit, a
/// number, a boolean, a text, an ISO date, an enum member, a category of the pack, or HS digits.
/// </summary>
internal sealed class PackValueShapes
{
    private readonly Dictionary<string, PackAttribute> _attributes;
    private readonly IReadOnlySet<string> _categories;

    /// <summary>The shapes of <paramref name="attributes"/> (already validated) and of the built-in <c>category</c> and <c>hs</c>.</summary>
    public PackValueShapes(IEnumerable<PackAttribute> attributes, IReadOnlySet<string> categories)
    {
        _attributes = attributes.ToDictionary(a => a.Name, StringComparer.Ordinal);
        _categories = categories;
    }

    /// <summary>The attribute called <paramref name="name"/>, if the pack declares it or it is built in.</summary>
    public bool Knows(string name) => _attributes.ContainsKey(name) || IsBuiltIn(name);

    /// <summary>Whether <paramref name="name"/> is <c>category</c> or <c>hs</c>.</summary>
    public static bool IsBuiltIn(string name) => name == AttributeSymbol.Category.Name || name == AttributeSymbol.Hs.Name;

    /// <summary>The type of a known attribute as the pack writes it (<c>voltage</c>, <c>enum</c>, …; <c>category</c> and <c>hs</c> for the built-ins).</summary>
    public string TypeOf(string name) => _attributes.TryGetValue(name, out var attribute) ? attribute.Type : name;

    /// <summary>Whether values of the attribute are ordered (<c>&lt;</c>, <c>&gt;</c>…): quantities, numbers and dates.</summary>
    public bool IsOrdered(string name) => AttributeTypes.Named(TypeOf(name)) is QuantityType or NumberType or DateType;

    /// <summary>What is wrong with <paramref name="value"/> as a value of the known attribute <paramref name="name"/>; null when it fits.</summary>
    public string? Misfit(string name, PackValue value)
    {
        var type = TypeOf(name);
        var fits = (AttributeTypes.Named(type), value) switch
        {
            (QuantityType quantity, { Number: not null, Unit: var unit, Text: null, Bool: null }) => unit == Units.BaseUnit(quantity.Kind),
            (NumberType, { Number: not null, Unit: null, Text: null, Bool: null }) => true,
            (BoolType, { Bool: not null, Number: null, Unit: null, Text: null }) => true,
            (TextType, { Text: not null, Number: null, Unit: null, Bool: null }) => true,
            (DateType, { Text: { } text, Number: null, Unit: null, Bool: null }) => IsDate(text),
            (null, { Text: { } text, Number: null, Unit: null, Bool: null }) => type switch
            {
                "enum" => _attributes[name].Members!.Value.Contains(text),
                "category" => _categories.Contains(text),
                _ => IsHsDigits(text),
            },
            _ => false,
        };
        return fits ? null : $"not a value of '{DisplayText.Safe(name)}' ({Expected(name, type)})";
    }

    /// <summary>Whether <paramref name="text"/> is an ISO date (<c>yyyy-MM-dd</c>).</summary>
    public static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Whether <paramref name="text"/> is HS digits, as a condition or a product holds them (<c>851631</c>).</summary>
    public static bool IsHsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private string Expected(string name, string type) => AttributeTypes.Named(type) switch
    {
        QuantityType quantity => $"a number in {Units.BaseUnit(quantity.Kind)} is expected",
        NumberType => "a number is expected",
        BoolType => "true or false is expected",
        TextType => "a text is expected",
        DateType => "a date yyyy-MM-dd is expected",
        _ => type switch
        {
            "enum" => $"one of {DisplayText.List(_attributes[name].Members!.Value)} is expected",
            "category" => "a category of the pack is expected",
            _ => "HS digits are expected",
        },
    };
}
