using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CertLang.Packs.Serialization;
using CertLang.Packs.Signing;
using CertLang.TestSupport;
using Json.Schema;

namespace CertLang.Packs.Tests;

/// <summary>The pack file: schema, determinism, round trip, and refusal of tampered, truncated or foreign files.</summary>
public sealed class RulePackJsonTests
{
    private static readonly string ExampleJson = RulePackJson.Write(PackCompiler.BuildExamples());
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(RepositoryPaths.Root, "schemas", "rulepack.schema.json"));

    [Fact]
    public void The_example_pack_validates_against_the_published_schema()
    {
        var result = Schema.Evaluate(JsonDocument.Parse(ExampleJson).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void A_signed_pack_validates_against_the_published_schema_and_an_unsigned_one_has_no_signature()
    {
        using var signer = PackSigningKey.FromPem(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        var signed = JsonDocument.Parse(RulePackJson.Write(signer.Sign(PackCompiler.BuildExamples()))).RootElement;

        var result = Schema.Evaluate(signed, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
        Assert.Matches("^[A-Za-z0-9+/]{86}==$", signed.GetProperty("signature").GetProperty("value").GetString());
        Assert.DoesNotContain("\"signature\"", ExampleJson, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_refuses_a_signature_without_its_key_id()
    {
        using var signer = PackSigningKey.FromPem(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        var signed = JsonNode.Parse(RulePackJson.Write(signer.Sign(PackCompiler.BuildExamples())))!;
        signed["signature"]!.AsObject().Remove("keyId");

        Assert.False(Schema.Evaluate(JsonDocument.Parse(signed.ToJsonString()).RootElement).IsValid);
    }

    [Theory]
    [InlineData("\"route\": \"certification\"", "\"route\": \"by_post\"")]
    [InlineData("\"line\": 21", "\"line\": 0")]
    [InlineData("\"format\": \"certlang-rulepack/3\",", "\"format\": \"certlang-rulepack/3\", \"extra\": 1,")]
    [InlineData("\"months\": 60,", "\"months\": 60, \"weeks\": 1,")]
    [InlineData("\"notCovered\": [],", "")]
    public void The_schema_rejects_what_is_not_a_pack(string original, string changed)
    {
        var result = Schema.Evaluate(JsonDocument.Parse(ReplaceFirst(ExampleJson, original, changed)).RootElement);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Two_builds_of_the_same_sources_are_byte_identical_whatever_order_the_files_come_in()
    {
        var files = RepositoryPaths.ExampleFiles().Select(f => (f, File.ReadAllText(Path.Combine(RepositoryPaths.Examples, f)))).ToArray();

        var forwards = RulePackJson.Write(PackCompiler.Build(PackCompiler.Compile(files)));
        var backwards = RulePackJson.Write(PackCompiler.Build(PackCompiler.Compile([.. files.Reverse()])));

        Assert.Equal(forwards, backwards);
        Assert.Equal(ExampleJson, forwards);
    }

    [Fact]
    public void A_written_pack_reads_back_to_the_same_pack()
    {
        var pack = RulePackJson.Read(ExampleJson);

        Assert.Equal(ExampleJson, RulePackJson.Write(pack));
        Assert.Matches("^sha256:[0-9a-f]{64}$", pack.Hash);
    }

    [Theory]
    [InlineData("\"months\": 60", "\"months\": 61")]
    [InlineData("\"kind\": \"exclude\"", "\"kind\": \"include\"")]
    [InlineData("\"name\": \"global_electrical\"", "\"name\": \"global_electrica1\"")]
    public void A_pack_changed_after_it_was_built_is_refused(string original, string tampered)
    {
        Assert.Contains(original, ExampleJson, StringComparison.Ordinal);
        var json = ReplaceFirst(ExampleJson, original, tampered);

        var error = Assert.Throws<RulePackException>(() => RulePackJson.Read(json));

        Assert.Contains("does not match its hash", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void A_truncated_pack_is_refused_with_the_line(double fraction)
    {
        var json = ExampleJson[..(int)(ExampleJson.Length * fraction)];

        var error = Assert.Throws<RulePackException>(() => RulePackJson.Read(json));

        Assert.StartsWith("not a valid rule pack at line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_of_another_format_is_refused_before_its_hash_is_checked()
    {
        var json = ExampleJson.Replace("certlang-rulepack/3", "certlang-rulepack/9", StringComparison.Ordinal);

        var error = Assert.Throws<RulePackException>(() => RulePackJson.Read(json));

        Assert.StartsWith("unsupported pack format 'certlang-rulepack/9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markets_not_covered_texts_are_always_written_and_read_back()
    {
        var pack = PackCompiler.Build(PackCompiler.Compile(("pack.cert", """
            pack p version 1.0.0
            market US
            market MX { not covered "IFT radio approval" }
            """)));

        var json = RulePackJson.Write(pack);
        var markets = JsonNode.Parse(json)!["markets"]!.AsArray();

        Assert.Equal("[]", markets[0]!["notCovered"]!.ToJsonString());
        Assert.Equal("""["IFT radio approval"]""", markets[1]!["notCovered"]!.ToJsonString());
        Assert.Equal<string>(["IFT radio approval"], RulePackJson.Read(json).Markets[1].NotCovered);
        Assert.True(Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void A_recognition_step_is_written_with_its_range_and_location_and_left_out_when_not_given()
    {
        var pack = PackCompiler.Build(PackCompiler.Compile(("pack.cert", """
            pack p version 1.0.0
            market US
            market MX
            regime NRTL in US {}
            regime CA in US {}
            regime NOM in MX {
              accepts NRTL takes 1.5..2 months until 2030-12-31
              accepts CA
            }
            """)));

        var json = RulePackJson.Write(pack);
        var accepts = JsonNode.Parse(json)!["regimes"]![2]!["accepts"]!.AsArray();

        Assert.Equal(
            """{"regime":"NRTL","from":null,"until":"2030-12-31","takes":{"min":{"months":1,"days":15},"max":{"months":2,"days":0},"when":null,"location":{"file":"pack.cert","line":7}}}""",
            accepts[0]!.ToJsonString());
        Assert.Equal("""{"regime":"CA","from":null,"until":null}""", accepts[1]!.ToJsonString());
        Assert.Equal(json, RulePackJson.Write(RulePackJson.Read(json)));
        Assert.True(Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void A_pack_of_format_1_is_refused_with_the_advice_to_rebuild_it()
    {
        var json = ExampleJson.Replace("certlang-rulepack/3", "certlang-rulepack/1", StringComparison.Ordinal);

        var error = Assert.Throws<RulePackException>(() => RulePackJson.Read(json));

        Assert.Equal("unsupported pack format 'certlang-rulepack/1'; this certc reads 'certlang-rulepack/3': rebuild the pack with 'certc build'", error.Message);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"format\": \"certlang-rulepack/3\"}")]
    public void Json_that_is_not_a_pack_is_refused(string json)
    {
        Assert.Throws<RulePackException>(() => RulePackJson.Read(json));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
