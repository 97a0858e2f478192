using System.Collections.Immutable;
using CertLang.Packs.Model;

namespace CertLang.Planning.Products;

/// <summary>Reads product files (JSON: one product or an array; CSV: a portfolio) and validates them against a pack.</summary>
public static class ProductReader
{
    /// <summary>The products of every file, validated; a <see cref="ProductInputException"/> lists every problem.</summary>
    public static ImmutableArray<PlannedProduct> Read(RulePack pack, IEnumerable<(string Name, string Content)> files)
    {
        var raw = new List<RawProduct>();
        foreach (var (name, content) in files)
        {
            raw.AddRange(name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? CsvProductReader.Read(content, name)
                : JsonProductReader.Read(content, name));
        }

        return new ProductValidator(pack).Validate(raw);
    }
}
