using System.Collections.Immutable;
using System.Globalization;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Semantics.Types;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Planning.Products;

/// <summary>Checks products against a pack's declarations and converts their values to the pack's value form.</summary>
internal sealed class ProductValidator(RulePack pack)
{
    private readonly Dictionary<string, PackAttribute> _attributes = pack.Attributes.ToDictionary(a => a.Name, StringComparer.Ordinal);
    private readonly HashSet<string> _categories = [.. pack.Categories.Select(c => c.Name)];

    /// <summary>The validated products, or a <see cref="ProductInputException"/> listing every problem of every product.</summary>
    public ImmutableArray<PlannedProduct> Validate(IReadOnlyList<RawProduct> products)
    {
        var errors = new List<string>();
        var valid = new List<PlannedProduct>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var product in products)
        {
            var label = product.Id is null ? product.Origin : $"product '{DisplayText.Safe(product.Id)}' ({product.Origin})";
            if (product.Id is null)
            {
                errors.Add($"{product.Origin}: the product has no id; give each product a unique \"id\"");
            }
            else if (!ids.TryAdd(product.Id, product.Origin))
            {
                errors.Add($"{label}: the id is used already at {ids[product.Id]}; ids must be unique");
            }

            var values = ImmutableSortedDictionary.CreateBuilder<string, PackValue>(StringComparer.Ordinal);
            foreach (var (field, raw) in product.Fields)
            {
                if (raw is null)
                {
                    continue;
                }

                if (Convert(field, raw) is { } value)
                {
                    values[field] = value;
                }
                else
                {
                    errors.Add($"{label}, field \"{DisplayText.Safe(field)}\": {Problem(field, raw)}");
                }
            }

            var facts = new ProductFacts(product.Id ?? product.Origin, values.ToImmutable());
            var inferred = CategoryInference.Of(pack, facts);
            valid.Add(new PlannedProduct(facts.Id, product.Name, inferred?.ApplyTo(facts) ?? facts, inferred));
        }

        return errors.Count > 0 ? throw new ProductInputException([.. errors]) : [.. valid];
    }

    private PackValue? Convert(string field, RawValue raw) => field switch
    {
        "category" => raw.Text is { } name && _categories.Contains(name) ? new PackValue(Text: name) : null,
        "hs" => HsDigits(raw) is { } digits ? new PackValue(Text: digits) : null,
        _ when _attributes.TryGetValue(field, out var attribute) => Convert(attribute, raw),
        _ => null,
    };

    private static PackValue? Convert(PackAttribute attribute, RawValue raw) => attribute.Type switch
    {
        _ when attribute.Unit is { } baseUnit => Quantity(attribute, baseUnit, raw),
        "number" => (raw.Number ?? Decimal(raw.Text)) is { } number ? new PackValue(Number: number) : null,
        "bool" => (raw.Bool ?? Bool(raw.Text)) is { } flag ? new PackValue(Bool: flag) : null,
        "enum" => raw.Text is { } member && attribute.Members!.Value.Contains(member) ? new PackValue(Text: member) : null,
        "date" => raw.Text is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? new PackValue(Text: date) : null,
        _ => raw.Text is { } text ? new PackValue(Text: text) : null,
    };

    /// <summary>A quantity: a number in the base unit, or a string with a number and a unit of the attribute's kind.</summary>
    private static PackValue? Quantity(PackAttribute attribute, string baseUnit, RawValue raw)
    {
        if (raw.Number is { } inBase)
        {
            return new PackValue(Number: inBase, Unit: baseUnit);
        }

        var parts = raw.Text?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts is not [var amount, var unitName] || Decimal(amount) is not { } number || Units.Quantity(unitName) is not { } unit
            || Units.BaseUnit(unit.Kind) != baseUnit || InBaseUnit(number, unit.Factor) is not { } inBaseUnit)
        {
            return null;
        }

        return new PackValue(Number: inBaseUnit, Unit: baseUnit);
    }

    /// <summary><paramref name="number"/> × <paramref name="factor"/> at its natural scale, or null when that is beyond <see cref="decimal"/>.</summary>
    private static decimal? InBaseUnit(decimal number, decimal factor) =>
        factor > 1 && Math.Abs(number) > decimal.MaxValue / factor ? null : number * factor / 1.000000000000000000000000000000000m;

    /// <summary>Whether <paramref name="raw"/> is a number, or a quantity in a unit, too large for <see cref="decimal"/>.</summary>
    private static bool IsOutOfRange(RawValue raw)
    {
        var parts = raw.Text?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return raw.NumberOutOfRange is not null
            || (parts is [var amount, var unitName] && Decimal(amount) is { } number && Units.Quantity(unitName) is { } unit && InBaseUnit(number, unit.Factor) is null);
    }

    private string Problem(string field, RawValue raw) => field switch
    {
        _ when IsOutOfRange(raw) => $"{raw.Written} is out of range; a number (in the base unit) lies within ±{decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}",
        "category" => $"{raw.Written} is not a category of the pack; {Suggest(raw.Text, _categories)}",
        "hs" => $"{raw.Written} is not an HS code; write digits with optional dots, such as \"8516.31\"",
        _ when _attributes.TryGetValue(field, out var attribute) => $"{raw.Written} is not {(attribute.Type == "enum" ? "a member of the enum" : $"a {attribute.Type}")}; {Allowed(attribute)}",
        _ => $"the pack declares no attribute \"{DisplayText.Safe(field)}\"; {Suggest(field, _attributes.Keys.Append("category").Append("hs"))}",
    };

    private static string Allowed(PackAttribute attribute) => attribute switch
    {
        { Unit: { } unit } => $"write a number and a unit of {attribute.Type} ({string.Join(", ", UnitsOf(unit))}), such as \"230 {unit}\", or a number in {unit}",
        { Members: { } members } => $"allowed: {DisplayText.List(members)}",
        { Type: "bool" } => "write true or false",
        { Type: "number" } => "write a number",
        { Type: "date" } => "write a date as YYYY-MM-DD",
        _ => "write a string",
    };

    private static IEnumerable<string> UnitsOf(string baseUnit) =>
        Enum.GetValues<QuantityKind>().Where(k => Units.BaseUnit(k) == baseUnit).SelectMany(Units.NamesOf);

    private static string Suggest(string? written, IEnumerable<string> known)
    {
        var names = known.Order(StringComparer.Ordinal).ToList();
        return written is not null && written.Length <= DisplayText.MaxQuotedLength && SpellChecker.Suggest(written, names) is { } close
            ? $"did you mean \"{DisplayText.Safe(close)}\"?"
            : $"allowed: {DisplayText.List(names)}";
    }

    private static string? HsDigits(RawValue raw)
    {
        var text = raw.Text ?? raw.Number?.ToString(CultureInfo.InvariantCulture);
        if (text is null || text.Length == 0 || !text.All(c => char.IsAsciiDigit(c) || c == '.') || text.StartsWith('.') || text.EndsWith('.'))
        {
            return null;
        }

        var digits = text.Replace(".", "", StringComparison.Ordinal);
        return digits.Length >= 2 ? digits : null;
    }

    private static decimal? Decimal(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool? Bool(string? text) => text switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
