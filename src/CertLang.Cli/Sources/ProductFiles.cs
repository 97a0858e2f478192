using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Planning.Products;

namespace CertLang.Cli.Sources;

/// <summary>Reads the product files of <c>certc plan</c> and <c>certc explain</c>; an unreadable or invalid file is bad input (exit 3).</summary>
internal static class ProductFiles
{
    /// <summary>The products of every file, validated against <paramref name="pack"/>; <paramref name="problem"/> heads the list of what does not fit.</summary>
    public static ImmutableArray<PlannedProduct> Read(RulePack pack, IEnumerable<string> paths, string problem = "the products cannot be used")
    {
        try
        {
            return ProductReader.Read(pack, paths.Select(path => (DisplayPath.Of(path), InputFile.ReadAllBytes(path, ProductReader.MaxFileBytes))));
        }
        catch (ProductInputException e)
        {
            throw new UserInputException(problem + ":" + Environment.NewLine + string.Join(Environment.NewLine, e.Errors.Select(line => "  " + line)));
        }
    }
}
