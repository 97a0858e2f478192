using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;

namespace CertLang.TestSupport;

/// <summary>
/// A generated pack of any number of regimes over 40 markets (32 countries and 8 blocs of 4 members), with the
/// example pack's kinds of scope rules, and random products for it: the input of the evaluation and load benchmarks.
/// Deterministic: the same arguments give the same texts and products.
/// </summary>
public static class SyntheticGrid
{
    /// <summary>How many markets the pack declares.</summary>
    public const int MarketCount = 40;

    private const int BlocCount = 8;
    private const int BlocSize = 4;
    private static readonly string[] Uses = ["household", "commercial", "industrial", "medical"];
    private static readonly string[] Groups = ["household", "it", "telecom", "audio", "lighting", "power", "tools", "motors"];
    private const int LeavesPerGroup = 4;

    /// <summary>The market codes: the countries first (<c>AA</c>, <c>AB</c>, …), then the blocs (<c>BLOCA</c>, …).</summary>
    public static IReadOnlyList<string> Markets { get; } =
        [.. Enumerable.Range(0, MarketCount - BlocCount).Select(Country), .. Enumerable.Range(0, BlocCount).Select(i => "BLOC" + (char)('A' + i))];

    /// <summary>The pack's files: <c>pack.cert</c> (attributes, categories, markets) and one file of regimes per market.</summary>
    public static IEnumerable<(string Path, string Text)> Files(int regimes)
    {
        yield return ("pack.cert", Declarations());
        for (var market = 0; market < MarketCount; market++)
        {
            var text = new StringBuilder();
            for (var regime = market; regime < regimes; regime += MarketCount)
            {
                AppendRegime(text, regime, Markets[market]);
            }

            yield return ($"markets/{Markets[market].ToLowerInvariant()}.cert", text.ToString());
        }
    }

    /// <summary><paramref name="count"/> products with every attribute known, drawn with <paramref name="seed"/>.</summary>
    public static IReadOnlyList<ProductFacts> Products(int count, int seed = 1)
    {
        var random = new Random(seed);
        var products = new List<ProductFacts>(count);
        for (var i = 0; i < count; i++)
        {
            var group = random.Next(Groups.Length);
            var leaf = random.Next(LeavesPerGroup);
            var values = ImmutableSortedDictionary.CreateBuilder<string, PackValue>(StringComparer.Ordinal);
            values["category"] = new PackValue(Text: Leaf(group, leaf));
            values["hs"] = new PackValue(Text: Hs(group, leaf) + "10");
            values["rated_voltage"] = new PackValue(Number: random.Next(0, 500), Unit: "V");
            values["use"] = new PackValue(Text: Uses[random.Next(Uses.Length)]);
            values["has_radio"] = new PackValue(Bool: random.Next(2) == 0);
            values["internet_connected"] = new PackValue(Bool: random.Next(2) == 0);
            products.Add(new ProductFacts("P" + i.ToString(CultureInfo.InvariantCulture), values.ToImmutable()));
        }

        return products;
    }

    private static string Declarations()
    {
        var text = new StringBuilder();
        text.AppendLine("pack synthetic_grid version 1.0.0 \"Generated: regimes over 40 markets\"");
        text.AppendLine();
        text.AppendLine("attribute rated_voltage: voltage");
        text.AppendLine("attribute use: enum { " + string.Join(", ", Uses) + " }");
        text.AppendLine("attribute has_radio: bool");
        text.AppendLine("attribute internet_connected: bool");
        text.AppendLine();
        text.AppendLine("category equipment \"Equipment\" {");
        for (var group = 0; group < Groups.Length; group++)
        {
            text.AppendLine($"  category {Groups[group]} \"Group {group}\" {{");
            for (var leaf = 0; leaf < LeavesPerGroup; leaf++)
            {
                text.AppendLine($"    category {Leaf(group, leaf)} \"Leaf {group}.{leaf}\" hs {Hs(group, leaf)}");
            }

            text.AppendLine("  }");
        }

        text.AppendLine("}");
        text.AppendLine();
        for (var country = 0; country < MarketCount - BlocCount; country++)
        {
            text.AppendLine($"market {Markets[country]} \"Country {country}\"");
        }

        for (var bloc = 0; bloc < BlocCount; bloc++)
        {
            var members = Enumerable.Range(bloc * BlocSize, BlocSize).Select(Country);
            text.AppendLine($"market {Markets[MarketCount - BlocCount + bloc]} \"Bloc {bloc}\" {{ members {string.Join(", ", members)} }}");
        }

        return text.ToString();
    }

    private static void AppendRegime(StringBuilder text, int index, string market)
    {
        var group = Groups[index % Groups.Length];
        var other = Leaf((index / Groups.Length + 3) % Groups.Length, index % LeavesPerGroup);
        var threshold = 12 + index % 7 * 25;
        text.AppendLine($"regime R{index} in {market} {{");
        text.AppendLine($"  title \"Regime {index}\"");
        text.AppendLine("  validity 5 years");
        text.AppendLine("  scope {");
        text.AppendLine($"    include {group} where rated_voltage > {threshold} V and (has_radio or use != industrial)");
        text.AppendLine($"    include {other} where internet_connected from 2020-01-01");
        text.AppendLine($"    include hs {Hs((index + 5) % Groups.Length, (index + 1) % LeavesPerGroup)} where rated_voltage <= 1000 V");
        text.AppendLine("    exclude where use == medical");
        text.AppendLine("  }");
        text.AppendLine("  process {");
        text.AppendLine("    step test \"Type testing\" takes 2..6 weeks");
        text.AppendLine("    step certificate \"Certificate\" takes 1..2 weeks after test");
        text.AppendLine("  }");
        text.AppendLine("}");
        text.AppendLine();
    }

    private static string Country(int index) => string.Concat((char)('A' + index / 26), (char)('A' + index % 26));

    private static string Leaf(int group, int leaf) => $"{Groups[group]}_{leaf}";

    private static string Hs(int group, int leaf) => (8400 + group * 10 + leaf).ToString(CultureInfo.InvariantCulture) + ".1" + leaf;
}
