using CertLang.Packs.Evaluation;

namespace CertLang.Planning.Products;

/// <summary>
/// A product to plan: its id, its name, its validated facts in the pack's value form (with the category its HS code
/// points to when it names none), and that inference.
/// </summary>
/// <param name="Id">The product's id.</param>
/// <param name="Name">The product's name, if given.</param>
/// <param name="Facts">What is known of the product, the inferred category included.</param>
/// <param name="Category">How the category was inferred from the HS code; null when the product names its category or has no HS code.</param>
public sealed record PlannedProduct(string Id, string? Name, ProductFacts Facts, CategoryInference? Category = null);
