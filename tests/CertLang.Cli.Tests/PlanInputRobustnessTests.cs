using System.Text;
using System.Text.Json;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// <c>certc plan</c> and <c>certc explain</c> on hostile input (issue 11): numbers beyond range, ids that are not text,
/// control characters, dates at the ends of the calendar, empty lists, odd line ends and broken encodings are refused with
/// a message that names the file, product and field (exit 3, or 2 for a wrong option), without a stack trace or an output file.
/// </summary>
public sealed class PlanInputRobustnessTests : IDisposable
{
    private const string HairDryer = """
        { "id": "HD-2000", "name": "Hair dryer 2000 W", "category": "hair_dryer", "hs": "8516.31",
          "attributes": { "rated_voltage": "230 V", "supply": "ac", "use": "household", "has_radio": false } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("certc-plan-input-").FullName;

    private string Output => Path.Combine(_folder, "plan.out");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("""{ "id": "A", "attributes": { "rated_voltage": "100000000000000000000000000 kV" } }""", "product 'A' (products.json), field \"rated_voltage\": \"100000000000000000000000000 kV\" is out of range")]
    [InlineData("""{ "id": "A", "attributes": { "rated_voltage": 1e30 } }""", "product 'A' (products.json), field \"rated_voltage\": 1e30 is out of range")]
    [InlineData("""{ "id": "A", "hs": 1e30 }""", "product 'A' (products.json), field \"hs\": 1e30 is out of range")]
    public void A_number_beyond_range_is_bad_input_naming_the_product_and_field(string products, string message) =>
        AssertRefused(Plan(products, "--markets", "CN", "-o", Output), 3, message);

    [Theory]
    [InlineData("""{ "id": "A", "id": "B", "category": "hair_dryer" }""")]
    [InlineData("""{ "id": "A", "attributes": { "rated_voltage": "230 V", "rated_voltage": "400 V" } }""")]
    public void A_field_written_twice_is_bad_input_not_a_silent_choice(string products) =>
        AssertRefused(Plan(products, "--markets", "CN", "-o", Output), 3, "a field appears twice in one object; keep one");

    [Theory]
    [InlineData("""{ "id": "\ud800", "category": "hair_dryer" }""", "products.json, field \"id\": the text holds a lone UTF-16 surrogate")]
    [InlineData("""{ "id": "A", "name": "x\udc00", "category": "hair_dryer" }""", "products.json, field \"name\": the text holds a lone UTF-16 surrogate")]
    [InlineData("""{ "id": "A", "attributes": { "use": "\ud800" } }""", "products.json, field \"use\": the text holds a lone UTF-16 surrogate")]
    [InlineData("""{ "id": "A", "attributes": { "\ud800": "x" } }""", "products.json: a field name holds a lone UTF-16 surrogate")]
    [InlineData("""{ "id": null, "category": "hair_dryer" }""", "products.json, field \"id\": an id is a string, not null")]
    [InlineData("""{ "id": { "a": 1 }, "category": "hair_dryer" }""", "products.json, field \"id\": an id is a string, not an object")]
    [InlineData("""{ "id": "A", "name": ["x"] }""", "products.json, field \"name\": a name is a string, not an array")]
    [InlineData("""{ "id": "A", "attributes": [] }""", "products.json, field \"attributes\": the attributes are an object of name and value, not an array")]
    public void An_id_or_text_that_is_not_a_string_is_bad_input(string products, string message) =>
        AssertRefused(Plan(products, "--markets", "CN", "-o", Output), 3, message);

    [Fact]
    public void A_megabyte_value_is_quoted_shortened()
    {
        var huge = new string('x', 1 << 20);

        var result = Plan($$"""{ "id": "{{huge}}", "attributes": { "use": "{{huge}}", "{{huge}}": 1 } }""", "--markets", "CN", "-o", Output);

        AssertRefused(result, 3, "(1048576 characters)");
        Assert.True(result.Error.Length < 4_000, $"the message is {result.Error.Length} characters long");
    }

    [Fact]
    public void Control_characters_in_ids_and_names_do_not_reach_the_terminal_raw()
    {
        var product = HairDryer.Replace("\"HD-2000\"", "\"HD\\u001b[31m-2000\"", StringComparison.Ordinal).Replace("2000 W\"", "2000 W\\u001b[2J\"", StringComparison.Ordinal);

        foreach (var format in new[] { "text", "md", "html", "json" })
        {
            var result = Plan(product, "--markets", "CN", "--format", format);

            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain('\u001b', result.Output);
        }

        Assert.Contains("HD\\u001B[31m-2000  Hair dryer 2000 W\\u001B[2J: on track: start by", Plan(product, "--markets", "CN").Output, StringComparison.Ordinal);
        Assert.Equal("HD\u001b[31m-2000", JsonDocument.Parse(Plan(product, "--markets", "CN", "--format", "json").Output).RootElement.GetProperty("products")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--ship", "0001-01-01")]
    [InlineData("--ship", "9999-12-31")]
    [InlineData("--today", "9999-12-31")]
    [InlineData("--today", "1899-12-31")]
    public void A_date_outside_the_supported_range_is_a_usage_error(string option, string date)
    {
        var result = Plan(HairDryer, ["--pack", RepositoryPaths.Examples, "--markets", "CN", "--format", "html", "-o", Output, option, date]);

        AssertRefused(result, 2, $"'{date}' is outside the supported dates, 1900-01-01 to 2999-12-31");
    }

    [Theory]
    [InlineData("2999-12-31", "2999-12-31")]
    [InlineData("1900-01-01", "1900-01-01")]
    [InlineData("2027-06-01", "2999-12-31")]
    [InlineData("2999-12-31", "1900-01-01")]
    public void Every_format_plans_at_the_ends_of_the_supported_range(string ship, string today)
    {
        foreach (var format in new[] { "text", "md", "html", "json" })
        {
            var result = Plan(HairDryer, "--pack", RepositoryPaths.Examples, "--markets", "CN,DE,US,JP,KR", "--ship", ship, "--today", today, "--format", format);

            Assert.True(result.ExitCode == 0, result.Error);
        }
    }

    [Fact]
    public void Explain_refuses_a_date_outside_the_supported_range()
    {
        File.WriteAllText(Path.Combine(_folder, "products.json"), HairDryer);

        var result = Certc.Run(_folder, "explain", "--pack", RepositoryPaths.ChinaEuPack, "--product", "products.json", "--regime", "CCC", "--ship", "0001-01-01");

        AssertRefused(result, 2, "outside the supported dates");
    }

    [Theory]
    [InlineData("")]
    [InlineData(",,,")]
    [InlineData(" , ")]
    public void A_market_list_that_names_no_market_is_a_usage_error(string markets) =>
        AssertRefused(Plan(HairDryer, "--markets", markets, "-o", Output), 2, "--markets names no market; list them comma-separated, such as CN,EU");

    [Theory]
    [InlineData("products.json", "[]")]
    [InlineData("products.csv", "id,category\n")]
    public void An_empty_product_list_is_bad_input_for_plan_and_explain(string file, string content)
    {
        File.WriteAllText(Path.Combine(_folder, file), content);

        var plan = Certc.Run(_folder, "plan", "--pack", RepositoryPaths.ChinaEuPack, "--product", file, "--markets", "CN", "--ship", "2027-06-01", "-o", Output);
        var explain = Certc.Run(_folder, "explain", "--pack", RepositoryPaths.ChinaEuPack, "--product", file, "--regime", "CCC");

        AssertRefused(plan, 3, $"no products in {file}");
        AssertRefused(explain, 3, $"no products in {file}");
    }

    [Fact]
    public void A_csv_with_cr_only_line_ends_is_read_line_by_line()
    {
        File.WriteAllText(Path.Combine(_folder, "portfolio.csv"), "id,name,category,rated_voltage,supply,use,has_radio\rK1,Kettle,kettle,230 V,ac,household,false\rK2,Kettle 2,kettle,230 V,ac,household,\"fal\rse\"\r");

        var result = Certc.Run(_folder, "plan", "--pack", RepositoryPaths.ChinaEuPack, "--product", "portfolio.csv", "--markets", "CN", "--ship", "2027-06-01", "--format", "json");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("portfolio.csv line 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("field \"has_radio\": \"fal\\rse\" is not a bool", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_syntax_error_is_located_in_our_own_words()
    {
        var result = Plan("{\n  \"id\": \"A\",\n  \"naïve\" \"x\" }", "--markets", "CN", "-o", Output);

        AssertRefused(result, 3, "products.json(3,11): not valid JSON:");
        Assert.DoesNotContain("LineNumber", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("products.json")]
    [InlineData("products.csv")]
    public void Invalid_utf8_is_reported_with_its_byte_offset(string file)
    {
        var text = file.EndsWith(".csv", StringComparison.Ordinal) ? "id,category\nA#,kettle\n" : """{ "id": "A#", "category": "kettle" }""";
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;
        File.WriteAllBytes(Path.Combine(_folder, file), bytes);

        var result = Certc.Run(_folder, "plan", "--pack", RepositoryPaths.ChinaEuPack, "--product", file, "--markets", "CN", "--ship", "2027-06-01", "-o", Output);

        AssertRefused(result, 3, $"{file}: not valid UTF-8 at byte {Array.IndexOf(bytes, (byte)0xFF)}");
    }

    [Theory]
    [InlineData("{ \"id\": \"A\", ", "products.json(1,14): not valid JSON: the text ends too early: a string, object or array is not closed")]
    [InlineData("{ \"id\": \"A\", }", "products.json(1,14): not valid JSON: a comma before a closing '}' or ']'; remove it")]
    [InlineData("{ id: \"A\" }", "products.json(1,3): not valid JSON: unexpected 'i': expected a field name in double quotes")]
    [InlineData("", "products.json(1,1): not valid JSON: the file is empty; write a product object or an array of them")]
    [InlineData("{ \"id\": \"A\" } x", "unexpected 'x': more text after the end of the JSON; a file holds one product or one array of products")]
    public void Json_syntax_errors_are_explained_without_the_readers_jargon(string products, string message)
    {
        var result = Plan(products, "--markets", "CN", "-o", Output);

        AssertRefused(result, 3, message);
        Assert.DoesNotContain("reader options", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", result.Error, StringComparison.Ordinal);
    }

    private void AssertRefused(CertcResult result, int exitCode, string message)
    {
        Assert.True(result.ExitCode == exitCode, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output), "the output file was written");
    }

    private CertcResult Plan(string products, params string[] options)
    {
        File.WriteAllText(Path.Combine(_folder, "products.json"), products);
        string[] arguments = ["plan", "--product", "products.json"];
        arguments = [.. arguments, .. Defaults(options, ("--pack", RepositoryPaths.ChinaEuPack), ("--ship", "2027-06-01"), ("--today", "2026-11-25"))];
        return Certc.Run(_folder, [.. arguments, .. options]);
    }

    private static IEnumerable<string> Defaults(string[] options, params (string Option, string Value)[] defaults) =>
        defaults.Where(d => !options.Contains(d.Option)).SelectMany(d => new[] { d.Option, d.Value });
}
