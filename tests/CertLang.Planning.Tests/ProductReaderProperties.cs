using System.Text;
using CertLang.Packs.Model;
using CertLang.Planning.Products;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Planning.Tests;

/// <summary>
/// Product files mutated at random (bytes flipped, inserted or dropped in a valid JSON product and a valid CSV portfolio):
/// the reader returns products or throws a <see cref="ProductInputException"/>, never anything else.
/// </summary>
public sealed class ProductReaderProperties
{
    private const string Pack = """
        pack t version 1.0.0
        attribute has_radio: bool
        attribute rated_voltage: voltage
        attribute power: number
        attribute use: enum { household, commercial }
        attribute released: date
        category appliance { category kettle }
        """;

    private const string Json = """
        [{ "id": "K-1", "name": "Kettle", "category": "kettle", "hs": "8516.10",
           "attributes": { "has_radio": false, "rated_voltage": "230 kV", "power": 2000, "use": "household", "released": "2026-01-01" } },
         { "id": 42, "category": "kettle", "attributes": { "rated_voltage": 1e3, "power": "1.5" } }]
        """;

    private const string Csv = "id,name,category,hs,has_radio,rated_voltage,power,use,released\r\nK-1,\"Kettle, \"\"big\"\"\",kettle,8516.10,false,230 kV,2000,household,2026-01-01\r\n";

    private static readonly RulePack RulePack = PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack)));
    private static readonly long Iterations = PropertyIterations.Read(2_000);
    private static readonly byte[] Interesting = [.. "\"\\,:{}[]\r\n9e-.\0\u001b".Select(c => (byte)c), 0x80, 0xC3, 0xED, 0xFF];

    /// <summary>A mutation: at a position, replace, insert or drop a byte, with bytes that matter to JSON, CSV and UTF-8.</summary>
    private static readonly Gen<(int Kind, int Position, byte Value)> Mutation = Gen.Select(
        Gen.Int[0, 2],
        Gen.Int[0, int.MaxValue],
        Gen.Int[0, Interesting.Length - 1].Select(i => Interesting[i]));

    [Fact]
    public void Mutated_json_products_are_read_or_refused() => AssertReadOrRefused("products.json", Json);

    [Fact]
    public void Mutated_csv_portfolios_are_read_or_refused() => AssertReadOrRefused("portfolio.csv", Csv);

    [Fact]
    public void The_unmutated_files_are_read()
    {
        Assert.Equal(2, ProductReader.Read(RulePack, [("products.json", Encoding.UTF8.GetBytes(Json))]).Length);
        Assert.Single(ProductReader.Read(RulePack, [("portfolio.csv", Encoding.UTF8.GetBytes(Csv))]));
    }

    private static void AssertReadOrRefused(string file, string text) =>
        Mutation.Array[1, 4].Sample(mutations =>
        {
            var bytes = Mutate(Encoding.UTF8.GetBytes(text), mutations);
            try
            {
                ProductReader.Read(RulePack, [(file, bytes)]);
            }
            catch (ProductInputException)
            {
            }
        }, iter: Iterations);

    private static byte[] Mutate(byte[] bytes, (int Kind, int Position, byte Value)[] mutations)
    {
        var mutated = bytes.ToList();
        foreach (var (kind, position, value) in mutations)
        {
            var at = position % (mutated.Count + 1);
            switch (kind)
            {
                case 0 when at < mutated.Count:
                    mutated[at] = value;
                    break;
                case 1:
                    mutated.Insert(at, value);
                    break;
                case 2 when at < mutated.Count:
                    mutated.RemoveAt(at);
                    break;
            }
        }

        return [.. mutated];
    }
}
