using CertLang.Packs.Evaluation;

namespace CertLang.Planning.Products;

/// <summary>A product to plan: its id, its name, and its validated facts in the pack's value form.</summary>
public sealed record PlannedProduct(string Id, string? Name, ProductFacts Facts);
