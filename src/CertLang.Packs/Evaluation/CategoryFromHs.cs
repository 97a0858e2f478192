using System.Collections.Immutable;
using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// What a product's HS code says of its category when the product names none (docs/language.md, "Planning"): the
/// category whose <c>hs</c> codes are the longest prefix of the product's code, or, when several match equally, none.
/// </summary>
/// <param name="Hs">The product's HS code, as digits.</param>
/// <param name="Category">The category inferred; null when no category or several match.</param>
/// <param name="Code">The category's HS code that matched, as written in the pack; null when none is inferred.</param>
/// <param name="Candidates">The categories that match equally when there are several (then nothing is inferred), in name order.</param>
public sealed record CategoryInference(string Hs, string? Category, string? Code, ImmutableArray<string> Candidates)
{
    /// <summary>
    /// The inference for <paramref name="product"/> in <paramref name="pack"/>: null when the product has a category
    /// or no HS code; otherwise the longest-prefix match (<see cref="Category"/> null when none or several match).
    /// </summary>
    public static CategoryInference? Of(RulePack pack, ProductFacts product)
    {
        if (product["category"] is not null || product["hs"]?.Text is not { } hs)
        {
            return null;
        }

        var matches = pack.Categories
            .SelectMany(c => c.Hs.Select(code => (Category: c.Name, Code: code, Digits: code.Replace(".", "", StringComparison.Ordinal))))
            .Where(m => m.Digits.Length > 0 && hs.StartsWith(m.Digits, StringComparison.Ordinal))
            .ToList();
        if (matches.Count == 0)
        {
            return new CategoryInference(hs, null, null, []);
        }

        var longest = matches.Max(m => m.Digits.Length);
        var best = matches.Where(m => m.Digits.Length == longest).DistinctBy(m => m.Category).OrderBy(m => m.Category, StringComparer.Ordinal).ToList();
        return best is [var only]
            ? new CategoryInference(hs, only.Category, only.Code, [])
            : new CategoryInference(hs, null, null, [.. best.Select(m => m.Category)]);
    }

    /// <summary>The product's facts with the inferred category added, or unchanged when none is inferred.</summary>
    public ProductFacts ApplyTo(ProductFacts product) =>
        Category is { } category ? product with { Values = product.Values.SetItem("category", new PackValue(Text: category)) } : product;
}
