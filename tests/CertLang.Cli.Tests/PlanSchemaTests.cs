using System.Text.Json;
using CertLang.TestSupport;
using Json.Schema;

namespace CertLang.Cli.Tests;

/// <summary>schemas/plan.schema.json describes what <c>certc plan --format json</c> writes, and no more.</summary>
public sealed class PlanSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(RepositoryPaths.Root, "schemas", "plan.schema.json"));
    private static readonly Lazy<CertcResult> PortfolioPlan = new(() => SamplePortfolio.Plan("--format", "json"));

    [Fact]
    public void The_json_plan_of_a_small_portfolio_validates_against_the_published_schema()
    {
        var result = PortfolioPlan.Value;

        Assert.Equal(0, result.ExitCode);
        var statuses = JsonDocument.Parse(result.Output).RootElement.GetProperty("products").EnumerateArray()
            .SelectMany(p => p.GetProperty("markets").EnumerateArray()).SelectMany(m => m.GetProperty("regimes").EnumerateArray())
            .Select(r => r.GetProperty("status").GetString()).ToHashSet();
        Assert.Equal(["required", "undetermined", "not-required"], statuses);
        var validation = Validate(result.Output);
        Assert.True(validation.IsValid, string.Join("\n", (validation.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Theory]
    [InlineData("\"status\": \"required\"", "\"status\": \"needed\"")]
    [InlineData("\"status\": \"required\"", "\"status\": \"satisfied-by\"")]
    [InlineData("\"result\": \"true\"", "\"result\": \"yes\"")]
    [InlineData("\"ship\": \"2027-06-01\"", "\"ship\": \"1 June 2027\"")]
    [InlineData("\"lateByDays\": 20", "\"lateByDays\": 0")]
    [InlineData("\"missing\": []", "\"missing\": [\"rated_voltage\"]")]
    [InlineData("\"verdict\": \"late\"", "\"verdict\": \"on-track\"")]
    [InlineData("\"verdict\": \"incomplete\"", "\"verdict\": \"fine\"")]
    [InlineData("\"noLeadTime\": false", "\"noLeadTime\": null")]
    [InlineData("\"estimate\": \"pessimistic\"", "\"estimate\": \"pessimistic\", \"comment\": null")]
    public void The_schema_rejects_what_the_plan_writer_never_writes(string original, string changed)
    {
        var output = PortfolioPlan.Value.Output;
        Assert.Contains(original, output, StringComparison.Ordinal);
        var index = output.IndexOf(original, StringComparison.Ordinal);

        Assert.False(Validate(output[..index] + changed + output[(index + original.Length)..]).IsValid);
    }

    private static EvaluationResults Validate(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
}
