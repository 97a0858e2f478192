using System.Text.Json.Nodes;
using CertLang.Semantics.Diagnostics;
using CertLang.Syntax.Diagnostics;
using Snapshooter.Xunit;

namespace CertLang.Cli.Tests;

/// <summary><c>certc check --format sarif</c> run as a process: a valid SARIF 2.1.0 log that agrees with the text output.</summary>
public sealed class SarifFormatTests
{
    [Fact]
    public void The_log_is_valid_sarif_2_1_0()
    {
        using var pack = SamplePacks.FourErrorsInTwoFiles();

        var result = Certc.Run(pack.Folder, "check", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Error);
        var log = JsonNode.Parse(result.Output)!;
        Assert.Empty(SarifValidator.Problems(log));
        Assert.Equal("2.1.0", (string)log["version"]!);
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", (string)log["$schema"]!);
        Assert.Equal("certc", (string)Run(log)["tool"]!["driver"]!["name"]!);
        Assert.Equal(4, Results(log).Count);
    }

    [Fact]
    public void Every_syntax_diagnostic_is_declared_as_a_rule_with_its_level_and_help()
    {
        using var pack = SamplePacks.Clean();

        var log = JsonNode.Parse(Certc.Run(pack.Folder, "check", "--format", "sarif").Output)!;

        var rules = Run(log)["tool"]!["driver"]!["rules"]!.AsArray().ToDictionary(rule => (string)rule!["id"]!);
        foreach (var descriptor in SyntaxDiagnostics.All)
        {
            var rule = rules[descriptor.Code]!;
            Assert.Equal(descriptor.Title, (string)rule["shortDescription"]!["text"]!);
            Assert.Equal("error", (string)rule["defaultConfiguration"]!["level"]!);
            Assert.Equal(DiagnosticDocumentation.HelpUri(descriptor.Code), (string)rule["helpUri"]!);
            Assert.EndsWith($"/docs/diagnostics.md#{descriptor.Code.ToLowerInvariant()}", (string)rule["helpUri"]!, StringComparison.Ordinal);
        }

        Assert.True(Uri.TryCreate((string)Run(log)["tool"]!["driver"]!["informationUri"]!, UriKind.Absolute, out _), "SARIF viewers need an absolute informationUri");

        Assert.Empty(Results(log));
    }

    [Fact]
    public void Results_are_in_the_order_and_at_the_regions_of_the_text_output()
    {
        using var pack = SamplePacks.FourErrorsInTwoFiles();

        var text = CanonicalLine.AllIn(Certc.Run(pack.Folder, "check"));
        var sarif = Results(JsonNode.Parse(Certc.Run(pack.Folder, "check", "--format", "sarif").Output)!)
            .Select(result =>
            {
                var location = result!["locations"]![0]!["physicalLocation"]!;
                var region = location["region"]!;
                return new CanonicalLine(
                    (string)location["artifactLocation"]!["uri"]!,
                    (int)region["startLine"]!,
                    (int)region["startColumn"]!,
                    (string)result["level"]!,
                    (string)result["ruleId"]!,
                    (string)result["message"]!["text"]!);
            })
            .ToList();

        Assert.Equal(["markets.cert", "regimes/china.cert", "regimes/china.cert", "regimes/china.cert"], text.Select(line => line.File));
        Assert.Equal(text, sarif);
    }

    [Fact]
    public void A_file_outside_the_current_folder_gets_an_absolute_file_uri()
    {
        using var pack = SamplePacks.TwoErrorsInOneFile();
        using var elsewhere = new TemporaryPack();
        var file = Path.Combine(pack.Folder, "regimes", "china.cert");

        var log = JsonNode.Parse(Certc.Run(elsewhere.Folder, "check", file, "--format", "sarif").Output)!;

        var uri = (string)Results(log)[0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!;
        Assert.Equal(new Uri(file).AbsoluteUri, uri);
        Assert.Empty(SarifValidator.Problems(log));
    }

    [Fact]
    public void The_log_of_a_small_broken_pack_is_pinned()
    {
        using var pack = SamplePacks.FourErrorsInTwoFiles();

        var output = Certc.Run(pack.Folder, "check", "--format", "sarif").Output;

        // The tool version carries the commit; nothing else in the log depends on the machine or the build.
        var version = (string)Run(JsonNode.Parse(output)!)["tool"]!["driver"]!["version"]!;
        Assert.NotEqual("2.1.0", version);
        Snapshot.Match(output.Replace($"\"version\": \"{version}\"", "\"version\": \"<version>\"").Replace("\r\n", "\n"));
    }

    private static JsonNode Run(JsonNode log) => log["runs"]!.AsArray().Single()!;

    private static JsonArray Results(JsonNode log) => Run(log)["results"]!.AsArray();
}
