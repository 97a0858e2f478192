using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// Three products that reach every scope status of the China-EU fixture pack (<see cref="RepositoryPaths.ChinaEuPack"/>)
/// in CN and the EU: a 230 V AC hair dryer (CCC and LVD required), a kettle without a rated voltage (both undetermined)
/// and a 5 V DC power bank (CCC only).
/// </summary>
internal static class SamplePortfolio
{
    /// <summary>The three products as one JSON array.</summary>
    public const string Json = """
        [
          { "id": "HD-2000", "name": "Hair dryer 2000 W", "category": "hair_dryer", "hs": "8516.31",
            "attributes": { "rated_voltage": "230 V", "supply": "ac", "use": "household", "has_radio": false } },
          { "id": "KT-17", "name": "Kettle 1.7 l", "category": "kettle", "hs": "8516.79",
            "attributes": { "supply": "ac", "use": "household", "has_radio": false } },
          { "id": "PB-10", "name": "Power bank 10 000 mAh", "category": "power_bank", "hs": "8507.60",
            "attributes": { "rated_voltage": "5 V", "supply": "dc", "use": "household", "has_radio": false } }
        ]
        """;

    /// <summary>
    /// The arguments of <c>certc plan</c> for the products in <c>products.json</c>, markets CN and EU, shipment on
    /// 2027-06-01 and today 2027-01-04 (the products with CCC are late by 20 days).
    /// </summary>
    public static string[] PlanArguments(params string[] options) =>
        ["plan", "--pack", RepositoryPaths.ChinaEuPack, "--product", "products.json", "--markets", "CN,EU", "--ship", "2027-06-01", "--today", "2027-01-04", .. options];

    /// <summary>Runs <c>certc plan</c> on the three products with <see cref="PlanArguments"/>.</summary>
    public static CertcResult Plan(params string[] options)
    {
        using var folder = new TemporaryPack().With("products.json", Json);
        return Certc.Run(folder.Folder, PlanArguments(options));
    }
}
