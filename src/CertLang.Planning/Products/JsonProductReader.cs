using System.Text.Json;

namespace CertLang.Planning.Products;

/// <summary>Reads products from JSON: one object or an array of objects (spec/cli.md, "certc plan").</summary>
internal static class JsonProductReader
{
    /// <summary>The products of <paramref name="json"/>; <paramref name="file"/> names them in messages.</summary>
    public static List<RawProduct> Read(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ProductInputException([$"{file}: not valid JSON at line {e.LineNumber + 1}: {e.Message.Split(" Path:")[0].TrimEnd('.')}"]);
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
                    id = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    break;
                case "name":
                    name = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    break;
                case "category" or "hs":
                    fields.Add(new(property.Name, Value(property.Value)));
                    break;
                case "attributes" when property.Value.ValueKind == JsonValueKind.Object:
                    fields.AddRange(property.Value.EnumerateObject().Select(a => new KeyValuePair<string, RawValue?>(a.Name, Value(a.Value))));
                    break;
                default:
                    errors.Add($"{origin}: unknown field \"{property.Name}\"; a product has id, name, category, hs and attributes");
                    break;
            }
        }

        if (errors.Count > 0)
        {
            throw new ProductInputException([.. errors]);
        }

        return new RawProduct(origin, id, name, fields);
    }

    private static RawValue? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new RawValue(Text: value.GetString()),
        JsonValueKind.Number => new RawValue(Number: value.GetDecimal()),
        JsonValueKind.True => new RawValue(Bool: true),
        JsonValueKind.False => new RawValue(Bool: false),
        JsonValueKind.Null => null,
        _ => new RawValue(Text: value.GetRawText()),
    };
}
