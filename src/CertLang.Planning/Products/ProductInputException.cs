using System.Collections.Immutable;

namespace CertLang.Planning.Products;

/// <summary>Product input that cannot be planned: each error names the product, the field and what is allowed.</summary>
public sealed class ProductInputException(ImmutableArray<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    /// <summary>Every error found, one line each.</summary>
    public ImmutableArray<string> Errors { get; } = errors;
}
