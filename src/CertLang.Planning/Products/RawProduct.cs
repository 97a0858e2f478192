using System.Globalization;
using CertLang.Syntax.Text;

namespace CertLang.Planning.Products;

/// <summary>A product as read from a file, before validation: where it came from and its fields as written.</summary>
/// <param name="Origin">Where the product is in its file: "products.json[2]" or "portfolio.csv line 14".</param>
/// <param name="Id">The id, if given.</param>
/// <param name="Name">The name, if given.</param>
/// <param name="Fields">Attribute (and <c>category</c>, <c>hs</c>) to its written value; null for an empty value.</param>
public sealed record RawProduct(string Origin, string? Id, string? Name, IReadOnlyList<KeyValuePair<string, RawValue?>> Fields);

/// <summary>A written value: text (a JSON string or a CSV cell), a JSON number (as written when it is beyond <see cref="decimal"/>), or a JSON boolean.</summary>
public sealed record RawValue(string? Text = null, decimal? Number = null, bool? Bool = null, string? NumberOutOfRange = null)
{
    /// <summary>The value as the user wrote it, quoted safely for messages.</summary>
    public string Written => DisplayText.Safe(Text is not null ? $"\"{Text}\"" : NumberOutOfRange ?? Number?.ToString(CultureInfo.InvariantCulture) ?? (Bool == true ? "true" : "false"));
}
