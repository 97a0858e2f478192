using System.Text.Json;
using System.Text.Json.Serialization;
using CertLang.Semantics.Types;

namespace CertLang.Packs.Serialization;

/// <summary>
/// A <see cref="CalendarDuration"/> in a pack file: <c>{"months": 3, "days": 0}</c>, both fields always written, both
/// required on reading, and nothing else allowed (docs/language.md, "Rule packs").
/// </summary>
internal sealed class CalendarDurationJson : JsonConverter<CalendarDuration>
{
    private const string MonthsField = "months";
    private const string DaysField = "days";

    /// <inheritdoc />
    public override CalendarDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject);
        int? months = null;
        int? days = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString();
            if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
            {
                throw Shape();
            }

            switch (field)
            {
                case MonthsField when months is null:
                    months = value;
                    break;
                case DaysField when days is null:
                    days = value;
                    break;
                default:
                    throw Shape();
            }
        }

        Expect(reader.TokenType == JsonTokenType.EndObject && months is not null && days is not null);
        return new CalendarDuration(months!.Value, days!.Value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CalendarDuration value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(MonthsField, value.Months);
        writer.WriteNumber(DaysField, value.Days);
        writer.WriteEndObject();
    }

    private static void Expect(bool holds)
    {
        if (!holds)
        {
            throw Shape();
        }
    }

    private static JsonException Shape() => new($"a duration is an object of two whole numbers, '{MonthsField}' and '{DaysField}', each given once");
}
