using CertLang.Packs.Evaluation;

namespace CertLang.Benchmarks;

/// <summary>A grid product as hand-written code and RulesEngine read it: one typed property per attribute of <see cref="CertLang.TestSupport.SyntheticGrid"/>.</summary>
public sealed class GridProduct
{
    /// <summary>The product's category.</summary>
    public required string Category { get; init; }

    /// <summary>The product's HS code.</summary>
    public required string Hs { get; init; }

    /// <summary>The rated voltage in volts.</summary>
    public required decimal RatedVoltage { get; init; }

    /// <summary>The use, an enum member's name.</summary>
    public required string Use { get; init; }

    /// <summary>Whether the product has a radio.</summary>
    public required bool HasRadio { get; init; }

    /// <summary>Whether the product connects to the internet.</summary>
    public required bool InternetConnected { get; init; }

    /// <summary>The typed product of grid facts (every attribute known).</summary>
    public static GridProduct Of(ProductFacts facts) => new()
    {
        Category = facts["category"]!.Text!,
        Hs = facts["hs"]!.Text!,
        RatedVoltage = facts["rated_voltage"]!.Number!.Value,
        Use = facts["use"]!.Text!,
        HasRadio = facts["has_radio"]!.Bool!.Value,
        InternetConnected = facts["internet_connected"]!.Bool!.Value,
    };
}
