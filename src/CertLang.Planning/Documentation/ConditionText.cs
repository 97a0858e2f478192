using System.Globalization;
using System.Text;
using CertLang.Packs.Model;
using CertLang.Semantics.Types;

namespace CertLang.Planning.Documentation;

/// <summary>
/// Writes a normalised pack condition back as CertLang condition text, such as
/// <c>rated_voltage &lt;= 250 V and use in { household, commercial }</c>: quantities in a readable unit, text values
/// quoted, HS codes dotted, and parentheses only where precedence needs them (and around a comparison under <c>not</c>).
/// </summary>
public sealed class ConditionText
{
    private const decimal PlainQuantityLimit = 10_000m;

    private readonly Dictionary<string, PackAttribute> _attributes;

    /// <summary>A renderer for the conditions of a pack with <paramref name="attributes"/>: their types decide how values are written.</summary>
    public ConditionText(IEnumerable<PackAttribute> attributes)
    {
        _attributes = attributes.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }

    /// <summary>The text of <paramref name="condition"/>.</summary>
    public string Render(PackCondition condition) => Render(condition, Precedence.Or);

    /// <summary>A value of <paramref name="attribute"/> as it is written in a condition.</summary>
    public string Value(string attribute, PackValue value) => value switch
    {
        { Number: { } number, Unit: { } unit } => Quantity(number, unit),
        { Number: { } number } => Plain(number),
        { Bool: { } flag } => flag ? "true" : "false",
        { Text: { } text } when attribute == "hs" => HsCode(text),
        { Text: { } text } when IsQuoted(attribute, text) => Quote(text),
        { Text: { } text } => text,
        _ => throw new InvalidOperationException($"a value of '{attribute}' has no content"),
    };

    /// <summary>HS digits in the customary dotted form: four digits, then pairs (<c>85163110</c> → <c>8516.31.10</c>).</summary>
    public static string HsCode(string digits)
    {
        if (digits.Length <= 4)
        {
            return digits;
        }

        var text = new StringBuilder(digits[..4]);
        for (var i = 4; i < digits.Length; i += 2)
        {
            text.Append('.').Append(digits.AsSpan(i, Math.Min(2, digits.Length - i)));
        }

        return text.ToString();
    }

    private string Render(PackCondition condition, Precedence context)
    {
        var (text, precedence) = condition.Op switch
        {
            "or" => (string.Join(" or ", condition.Args!.Value.Select(a => Render(a, Precedence.Or))), Precedence.Or),
            "and" => (string.Join(" and ", condition.Args!.Value.Select(a => Render(a, Precedence.And))), Precedence.And),
            "not" => ("not " + Operand(condition.Args!.Value[0]), Precedence.Not),
            "compare" => ($"{condition.Attribute} {condition.Comparison} {Value(condition.Attribute!, condition.Value!)}", Precedence.Primary),
            "in" => ($"{condition.Attribute} in {{ {string.Join(", ", condition.Values!.Value.Select(v => Value(condition.Attribute!, v)))} }}", Precedence.Primary),
            "is" => ($"category is {condition.Category}", Precedence.Primary),
            "under" => ($"hs under {HsCode(condition.Hs!)}", Precedence.Primary),
            "attribute" => (condition.Attribute!, Precedence.Primary),
            "constant" => (condition.Constant!.Value ? "true" : "false", Precedence.Primary),
            var op => throw new InvalidOperationException($"unknown condition '{op}' in a pack that passed its hash check"),
        };
        return precedence < context ? $"({text})" : text;
    }

    /// <summary>The operand of <c>not</c>: bare when it is a name, a constant or another <c>not</c>, else in parentheses (<c>not (use == medical)</c>).</summary>
    private string Operand(PackCondition operand) =>
        operand.Op is "attribute" or "constant" or "not" ? Render(operand, Precedence.Not) : $"({Render(operand, Precedence.Or)})";

    private bool IsQuoted(string attribute, string text) =>
        _attributes.TryGetValue(attribute, out var declared) ? declared.Type == "text" : !IsName(text);

    private static bool IsName(string text) =>
        text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A quantity in its base unit from 1 to 9999 (<c>1000 V</c>), else in the largest unit that keeps it at least 1 (<c>2.4 GHz</c>).</summary>
    private static string Quantity(decimal value, string baseUnit)
    {
        var magnitude = Math.Abs(value);
        if (value == 0 || (magnitude >= 1 && magnitude < PlainQuantityLimit) || Units.Quantity(baseUnit) is not { } unitOfBase)
        {
            return $"{Plain(value)} {baseUnit}";
        }

        var units = Units.NamesOf(unitOfBase.Kind).Select(name => Units.Quantity(name)!).OrderByDescending(u => u.Factor).ToList();
        var unit = units.FirstOrDefault(u => magnitude / u.Factor >= 1) ?? units[^1];
        return $"{Plain(value / unit.Factor)} {unit.Name}";
    }

    private static string Plain(decimal number) => (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>How tightly a condition binds, loosest first: an operand looser than its context is parenthesised.</summary>
    private enum Precedence
    {
        Or,
        And,
        Not,
        Primary,
    }
}
