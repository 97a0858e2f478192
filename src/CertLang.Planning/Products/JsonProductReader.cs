using System.Text;
using System.Text.Json;
using CertLang.Syntax.Text;

namespace CertLang.Planning.Products;

/// <summary>Reads products from JSON: one object or an array of objects (docs/language.md, "Planning", Products).</summary>
internal static class JsonProductReader
{
    private const string LoneSurrogate = "holds a lone UTF-16 surrogate (half of a \\uD800-\\uDFFF pair); text must be valid Unicode";

    /// <summary>The products of <paramref name="json"/>; <paramref name="file"/> names them in messages.</summary>
    public static List<RawProduct> Read(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new ProductInputException([$"{file}({e.LineNumber + 1},{Column(json, e.LineNumber ?? 0, e.BytePositionInLine ?? 0)}): not valid JSON: {JsonSyntaxProblem.Describe(e)}"]);
        }
        catch (InvalidOperationException)
        {
            // Checking field names for duplicates decodes every one, and a field name with a lone surrogate cannot be decoded.
            throw new ProductInputException([$"{file}: a field name {LoneSurrogate}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Array => [.. root.EnumerateArray().Select((element, index) => Product(element, $"{file}[{index}]"))],
                JsonValueKind.Object => [Product(root, file)],
                _ => throw new ProductInputException([$"{file}: expected a product object or an array of them"]),
            };
        }
    }

    /// <summary>The column, counted in characters from 1, of the byte position in a line that the JSON reader reports.</summary>
    private static int Column(string json, long line, long bytePosition)
    {
        var bytes = Encoding.UTF8.GetBytes(json.Split('\n').ElementAtOrDefault((int)line) ?? "");
        return Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
    }

    private static RawProduct Product(JsonElement element, string origin)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ProductInputException([$"{origin}: expected a product object with \"id\" and \"attributes\""]);
        }

        string? id = null, name = null;
        var fields = new List<KeyValuePair<string, RawValue?>>();
        var errors = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id":
                    id = Id(property.Value, origin, errors);
                    break;
                case "name":
                    name = property.Value.ValueKind == JsonValueKind.Null ? null : Text(property.Value, "name", "a name", origin, errors);
                    break;
                case "category" or "hs":
                    fields.Add(new(property.Name, Value(property.Value, property.Name, origin, errors)));
                    break;
                case "attributes" when property.Value.ValueKind == JsonValueKind.Object:
                    fields.AddRange(property.Value.EnumerateObject()
                        .Select(a => new KeyValuePair<string, RawValue?>(a.Name, Value(a.Value, a.Name, origin, errors))));
                    break;
                case "attributes":
                    errors.Add($"{origin}, field \"attributes\": the attributes are an object of name and value, not {KindOf(property.Value)}");
                    break;
                case var unknown:
                    errors.Add($"{origin}: unknown field \"{DisplayText.Safe(unknown)}\"; a product has id, name, category, hs and attributes");
                    break;
            }
        }

        if (errors.Count > 0)
        {
            throw new ProductInputException([.. errors]);
        }

        return new RawProduct(origin, id, name, fields);
    }

    /// <summary>An id: a string, or a number as written.</summary>
    private static string? Id(JsonElement value, string origin, List<string> errors) =>
        value.ValueKind == JsonValueKind.Number ? value.GetRawText() : Text(value, "id", "an id", origin, errors);

    /// <summary>The string of <paramref name="value"/>; anything else, or a string with a lone surrogate, is an error.</summary>
    private static string? Text(JsonElement value, string field, string what, string origin, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{origin}, field \"{field}\": {what} is a string, not {KindOf(value)}");
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            errors.Add($"{origin}, field \"{DisplayText.Safe(field)}\": the text {LoneSurrogate}");
            return null;
        }
    }

    private static RawValue? Value(JsonElement value, string field, string origin, List<string> errors) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value, field, "the value", origin, errors) is { } text ? new RawValue(Text: text) : null,
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? new RawValue(Number: number) : new RawValue(NumberOutOfRange: value.GetRawText()),
        JsonValueKind.True => new RawValue(Bool: true),
        JsonValueKind.False => new RawValue(Bool: false),
        JsonValueKind.Null => null,
        _ => new RawValue(Text: value.GetRawText()),
    };

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        _ => "true or false",
    };
}
