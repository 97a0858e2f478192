using System.Text.Json;
using System.Text.Json.Nodes;

namespace CertLang.Cli.Tests;

/// <summary>
/// Checks a SARIF log against the parts of the SARIF 2.1.0 schema and rules that certc uses, without a schema
/// library: required properties and their types, valid levels, rule references, one-based regions.
/// </summary>
internal static class SarifValidator
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];
    private static readonly string[] ColumnKinds = ["utf16CodeUnits", "unicodeCodePoints"];

    /// <summary>Every problem found, each naming the JSON path; empty when the log is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonNode log)
    {
        var problems = new List<string>();
        Require(problems, log["$schema"] is JsonValue schema && schema.GetValueKind() == JsonValueKind.String, "$schema: a string");
        Require(problems, (string?)log["version"] == "2.1.0", "version: \"2.1.0\"");
        if (log["runs"] is not JsonArray { Count: > 0 } runs)
        {
            problems.Add("runs: a non-empty array");
            return problems;
        }

        foreach (var (run, index) in runs.Select((run, index) => (run!, index)))
        {
            CheckRun(problems, run, $"runs[{index}]");
        }

        return problems;
    }

    private static void CheckRun(List<string> problems, JsonNode run, string path)
    {
        var driver = run["tool"]?["driver"];
        Require(problems, IsNonEmptyString(driver?["name"]), $"{path}.tool.driver.name: a non-empty string");
        Require(problems, run["columnKind"] is null || ColumnKinds.Contains((string?)run["columnKind"]), $"{path}.columnKind: one of {string.Join(", ", ColumnKinds)}");
        var rules = driver?["rules"] as JsonArray ?? [];
        var ruleIds = rules.Select(rule => (string?)rule?["id"]).ToList();
        for (var i = 0; i < rules.Count; i++)
        {
            var rulePath = $"{path}.tool.driver.rules[{i}]";
            Require(problems, IsNonEmptyString(rules[i]?["id"]), $"{rulePath}.id: a non-empty string");
            Require(problems, ruleIds.Count(id => id == ruleIds[i]) == 1, $"{rulePath}.id: unique");
            Require(problems, IsNonEmptyString(rules[i]?["shortDescription"]?["text"]), $"{rulePath}.shortDescription.text: a non-empty string");
            Require(problems, Levels.Contains((string?)rules[i]?["defaultConfiguration"]?["level"]), $"{rulePath}.defaultConfiguration.level: a SARIF level");
        }

        if (run["results"] is not JsonArray results)
        {
            problems.Add($"{path}.results: an array");
            return;
        }

        for (var i = 0; i < results.Count; i++)
        {
            CheckResult(problems, results[i]!, ruleIds, $"{path}.results[{i}]");
        }
    }

    private static void CheckResult(List<string> problems, JsonNode result, List<string?> ruleIds, string path)
    {
        Require(problems, IsNonEmptyString(result["message"]?["text"]), $"{path}.message.text: a non-empty string");
        Require(problems, Levels.Contains((string?)result["level"]), $"{path}.level: a SARIF level");
        var ruleId = (string?)result["ruleId"];
        Require(problems, ruleIds.Contains(ruleId), $"{path}.ruleId: declared in the rules");
        Require(
            problems,
            result["ruleIndex"] is JsonValue index && index.TryGetValue(out int ruleIndex) && ruleIndex >= 0 && ruleIndex < ruleIds.Count && ruleIds[ruleIndex] == ruleId,
            $"{path}.ruleIndex: the index of its ruleId in the rules");
        if (result["locations"] is not JsonArray { Count: > 0 } locations)
        {
            problems.Add($"{path}.locations: a non-empty array");
            return;
        }

        for (var i = 0; i < locations.Count; i++)
        {
            var physical = locations[i]?["physicalLocation"];
            var uri = (string?)physical?["artifactLocation"]?["uri"];
            Require(problems, uri is not null && !uri.Contains('\\') && Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _), $"{path}.locations[{i}]: a URI with forward slashes");
            CheckRegion(problems, physical?["region"], $"{path}.locations[{i}].physicalLocation.region");
        }
    }

    private static void CheckRegion(List<string> problems, JsonNode? region, string path)
    {
        var startLine = Integer(region?["startLine"]);
        var startColumn = Integer(region?["startColumn"]);
        var endLine = Integer(region?["endLine"]);
        var endColumn = Integer(region?["endColumn"]);
        Require(problems, startLine >= 1 && startColumn >= 1 && endLine >= 1 && endColumn >= 1, $"{path}: one-based lines and columns");
        Require(problems, endLine > startLine || (endLine == startLine && endColumn >= startColumn), $"{path}: the end does not come before the start");
    }

    private static int Integer(JsonNode? node) => node is JsonValue value && value.TryGetValue(out int integer) ? integer : 0;

    private static bool IsNonEmptyString(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0;

    private static void Require(List<string> problems, bool condition, string expectation)
    {
        if (!condition)
        {
            problems.Add(expectation);
        }
    }
}
