using System.Text;
using System.Text.RegularExpressions;
using CertLang.Packs.Serialization;
using CertLang.Semantics.Formatting;
using CertLang.Syntax;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Packs.Tests;

/// <summary>
/// The formatter changes layout, never meaning: the example pack laid out at random (extra spaces, tabs and line breaks
/// between tokens), then formatted, compiles to the same rule pack as the original, source lines aside.
/// </summary>
public sealed partial class FormattingPreservesMeaningTests
{
    private static readonly (string Path, string Text)[] Examples =
        [.. RepositoryPaths.ExampleFiles().Select(f => (f, File.ReadAllText(Path.Combine(RepositoryPaths.Examples, f))))];

    private static readonly string ExpectedPack = WithoutLines(RulePackJson.Write(PackCompiler.Build(PackCompiler.Compile(Examples))));

    [Fact]
    public void A_formatted_pack_compiles_to_the_same_rule_pack()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var formatted = Examples.Select(f => (f.Path, Format(Relayout(f.Text, random), f.Path))).ToArray();

            return WithoutLines(RulePackJson.Write(PackCompiler.Build(PackCompiler.Compile(formatted)))) == ExpectedPack;
        }, iter: PropertyIterations.Read(2_000) / 40);
    }

    private static string Format(string text, string path) =>
        CertFormatter.Format(SyntaxTree.Parse(text, path)) ?? throw new InvalidOperationException($"the relaid-out {path} does not parse");

    /// <summary>The same tokens and trivia, with random white space added after each token.</summary>
    private static string Relayout(string text, Random random)
    {
        string[] extra = ["", "", " ", "  ", "\t", "\n", "\n\n", " \n  "];
        var builder = new StringBuilder(text.Length * 2);
        foreach (var token in SyntaxTree.Parse(text).Root.DescendantTokens())
        {
            builder.Append(token.ToFullString());
            builder.Append(extra[random.Next(extra.Length)]);
        }

        return builder.ToString();
    }

    private static string WithoutLines(string json) => LineOrHash().Replace(json, "");

    [GeneratedRegex("\"line\": \\d+|\"hash\": \"[^\"]*\"")]
    private static partial Regex LineOrHash();
}
