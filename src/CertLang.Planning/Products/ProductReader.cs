using System.Collections.Immutable;
using System.Text;
using CertLang.Packs.Model;

namespace CertLang.Planning.Products;

/// <summary>Reads product files (UTF-8; JSON: one product or an array; CSV: a portfolio) and validates them against a pack.</summary>
public static class ProductReader
{
    /// <summary>The most bytes a product file may have: 64 MiB.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The products of every file, validated; a <see cref="ProductInputException"/> lists every problem, including a
    /// file that is not UTF-8 or holds no product.
    /// </summary>
    public static ImmutableArray<PlannedProduct> Read(RulePack pack, IEnumerable<(string Name, byte[] Content)> files)
    {
        var raw = new List<RawProduct>();
        foreach (var (name, content) in files)
        {
            var text = Decode(content, name);
            var products = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? CsvProductReader.Read(text, name)
                : JsonProductReader.Read(text, name);
            if (products.Count == 0)
            {
                throw new ProductInputException([$"no products in {name}"]);
            }

            raw.AddRange(products);
        }

        return new ProductValidator(pack).Validate(raw);
    }

    /// <summary>The text of a UTF-8 file (without its byte order mark); invalid UTF-8 is reported with its byte offset and line.</summary>
    private static string Decode(byte[] content, string file)
    {
        try
        {
            var text = StrictUtf8.GetString(content);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + content.Take(e.Index).Count(b => b == '\n');
            throw new ProductInputException([$"{file}: not valid UTF-8 at byte {e.Index} (line {line}); save the file as UTF-8"]);
        }
    }
}
