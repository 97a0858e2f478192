using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Planning.Products;

namespace CertLang.Cli.Sources;

/// <summary>Reads the product files of <c>certc plan</c> and <c>certc explain</c>; an unreadable or invalid file is bad input (exit 3).</summary>
internal static class ProductFiles
{
    /// <summary>The products of every file, validated against <paramref name="pack"/>.</summary>
    public static ImmutableArray<PlannedProduct> Read(RulePack pack, IEnumerable<string> paths)
    {
        try
        {
            return ProductReader.Read(pack, paths.Select(path => (DisplayPath.Of(path), ReadFile(path))));
        }
        catch (ProductInputException e)
        {
            throw new UserInputException("the products cannot be used:" + Environment.NewLine + string.Join(Environment.NewLine, e.Errors.Select(line => "  " + line)));
        }
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot read '{path}': {e.Message}");
        }
    }
}
