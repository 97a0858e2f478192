using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Planning.Products;

namespace CertLang.Fuzz;

/// <summary>
/// Fuzz target <c>product</c>: a product file (JSON when it starts with <c>{</c> or <c>[</c>, a CSV portfolio
/// otherwise) is read and validated against the example pack, which must accept it or throw
/// <see cref="ProductInputException"/> (invalid UTF-8 included); accepted products are planned for every market of the pack.
/// </summary>
public static class ProductTarget
{
    private static readonly Lazy<PackEvaluator> Evaluator = new(() => new PackEvaluator(ExamplePack.Pack));

    /// <summary>Runs the target on one input; any exception but <see cref="ProductInputException"/> from the reader is a crash.</summary>
    public static void Run(byte[] input)
    {
        var file = FuzzInput.Text(input).TrimStart() is ['{' or '[', ..] ? "fuzz.json" : "fuzz.csv";
        var evaluator = Evaluator.Value;
        ImmutableArray<PlannedProduct> products;
        try
        {
            products = ProductReader.Read(evaluator.Pack, [(file, input)]);
        }
        catch (ProductInputException)
        {
            return;
        }

        PackExercise.Plan(evaluator, products, [.. evaluator.Pack.Markets.Select(m => m.Name)]);
    }
}
