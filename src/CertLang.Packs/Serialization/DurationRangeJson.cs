using System.Text.Json;
using System.Text.Json.Serialization;
using CertLang.Semantics.Types;

namespace CertLang.Packs.Serialization;

/// <summary>
/// A <see cref="DurationRange"/> in a pack file (a regime's validity): <c>{"min": DURATION, "max": DURATION}</c>, the
/// field names of a step's durations, both required on reading and nothing else allowed (docs/language.md, "Rule packs").
/// </summary>
internal sealed class DurationRangeJson : JsonConverter<DurationRange>
{
    private const string MinField = "min";
    private const string MaxField = "max";

    /// <inheritdoc />
    public override DurationRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject);
        var duration = (JsonConverter<CalendarDuration>)options.GetConverter(typeof(CalendarDuration));
        CalendarDuration? min = null;
        CalendarDuration? max = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString();
            Expect(reader.Read());
            switch (field)
            {
                case MinField when min is null:
                    min = duration.Read(ref reader, typeof(CalendarDuration), options);
                    break;
                case MaxField when max is null:
                    max = duration.Read(ref reader, typeof(CalendarDuration), options);
                    break;
                default:
                    throw Shape();
            }
        }

        Expect(reader.TokenType == JsonTokenType.EndObject && min is not null && max is not null);
        return new DurationRange(min!.Value, max!.Value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DurationRange value, JsonSerializerOptions options)
    {
        var duration = (JsonConverter<CalendarDuration>)options.GetConverter(typeof(CalendarDuration));
        writer.WriteStartObject();
        writer.WritePropertyName(MinField);
        duration.Write(writer, value.Minimum, options);
        writer.WritePropertyName(MaxField);
        duration.Write(writer, value.Maximum, options);
        writer.WriteEndObject();
    }

    private static void Expect(bool holds)
    {
        if (!holds)
        {
            throw Shape();
        }
    }

    private static JsonException Shape() => new($"a duration range is an object of two durations, '{MinField}' and '{MaxField}', each given once");
}
