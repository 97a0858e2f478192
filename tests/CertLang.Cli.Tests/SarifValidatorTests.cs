using System.Text.Json.Nodes;

namespace CertLang.Cli.Tests;

/// <summary>The structural SARIF validator of these tests finds the mistakes it is meant to find.</summary>
public sealed class SarifValidatorTests
{
    [Fact]
    public void A_log_with_a_wrong_rule_index_an_unknown_level_and_a_zero_column_has_three_problems()
    {
        var log = JsonNode.Parse("""
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [{
                "tool": { "driver": { "name": "certc", "rules": [
                  { "id": "CERT0001", "shortDescription": { "text": "a" }, "defaultConfiguration": { "level": "error" } },
                  { "id": "CERT0002", "shortDescription": { "text": "b" }, "defaultConfiguration": { "level": "error" } }
                ] } },
                "results": [{
                  "ruleId": "CERT0002", "ruleIndex": 0, "level": "info", "message": { "text": "m" },
                  "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": "a.cert" },
                    "region": { "startLine": 1, "startColumn": 0, "endLine": 1, "endColumn": 2 }
                  } }]
                }]
              }]
            }
            """)!;

        Assert.Equal(
            [
                "runs[0].results[0].level: a SARIF level",
                "runs[0].results[0].ruleIndex: the index of its ruleId in the rules",
                "runs[0].results[0].locations[0].physicalLocation.region: one-based lines and columns",
            ],
            SarifValidator.Problems(log));
    }
}
