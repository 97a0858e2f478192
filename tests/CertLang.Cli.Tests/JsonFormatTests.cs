using System.Text.Json;
using System.Text.Json.Nodes;

namespace CertLang.Cli.Tests;

/// <summary><c>certc check --format json</c> run as a process: a JSON array on stdout and nothing else.</summary>
public sealed class JsonFormatTests
{
    [Fact]
    public void Two_errors_become_two_objects_with_the_pinned_fields_in_order()
    {
        using var pack = SamplePacks.TwoErrorsInOneFile();

        var result = Certc.Run(pack.Folder, "check", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Error);
        var diagnostics = JsonNode.Parse(result.Output)!.AsArray();
        Assert.Equal(2, diagnostics.Count);
        AssertDiagnostic(
            diagnostics[0]!, "CERT0005", "unexpected name 'athority'; did you mean 'authority'?", line: 5, column: 3, endLine: 5, endColumn: 11);
        AssertDiagnostic(
            diagnostics[1]!, "CERT0009", "'=' is not an operator; write '==' to compare", line: 7, column: 23, endLine: 7, endColumn: 24);
    }

    [Fact]
    public void Objects_come_in_the_order_and_at_the_positions_of_the_text_output()
    {
        using var pack = SamplePacks.FourErrorsInTwoFiles();

        var text = CanonicalLine.AllIn(Certc.Run(pack.Folder, "check"));
        var json = JsonNode.Parse(Certc.Run(pack.Folder, "check", "--format", "json").Output)!.AsArray()
            .Select(d => new CanonicalLine(
                (string)d!["file"]!, (int)d["line"]!, (int)d["column"]!, (string)d["severity"]!, (string)d["code"]!, (string)d["message"]!))
            .ToList();

        Assert.Equal(4, text.Count);
        Assert.Equal(text, json);
    }

    [Fact]
    public void A_clean_pack_prints_an_empty_array_and_no_summary()
    {
        using var pack = SamplePacks.Clean();

        var result = Certc.Run(pack.Folder, "check", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(JsonNode.Parse(result.Output)!.AsArray());
    }

    private static void AssertDiagnostic(JsonNode diagnostic, string code, string message, int line, int column, int endLine, int endColumn)
    {
        Assert.Equal(
            ["code", "severity", "message", "file", "line", "column", "endLine", "endColumn"],
            diagnostic.AsObject().Select(property => property.Key));
        Assert.Equal(code, (string)diagnostic["code"]!);
        Assert.Equal("error", (string)diagnostic["severity"]!);
        Assert.Equal(message, (string)diagnostic["message"]!);
        Assert.Equal("regimes/china.cert", (string)diagnostic["file"]!);
        Assert.Equal(JsonValueKind.Number, diagnostic["line"]!.GetValueKind());
        Assert.Equal([line, column, endLine, endColumn], new[] { "line", "column", "endLine", "endColumn" }.Select(key => (int)diagnostic[key]!));
    }
}
