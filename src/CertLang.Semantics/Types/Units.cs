namespace CertLang.Semantics.Types;

/// <summary>A unit of a quantity and its factor to the quantity's base unit (V, A, W, Wh, Hz, g, m).</summary>
public sealed record QuantityUnit(string Name, QuantityKind Kind, decimal Factor);

/// <summary>The built-in units of quantities and of durations.</summary>
public static class Units
{
    private static readonly Dictionary<string, QuantityUnit> QuantityUnits = new QuantityUnit[]
    {
        new("V", QuantityKind.Voltage, 1m), new("mV", QuantityKind.Voltage, 0.001m), new("kV", QuantityKind.Voltage, 1000m),
        new("A", QuantityKind.Current, 1m), new("mA", QuantityKind.Current, 0.001m),
        new("W", QuantityKind.Power, 1m), new("mW", QuantityKind.Power, 0.001m), new("kW", QuantityKind.Power, 1000m),
        new("Wh", QuantityKind.Energy, 1m), new("kWh", QuantityKind.Energy, 1000m),
        new("Hz", QuantityKind.Frequency, 1m), new("kHz", QuantityKind.Frequency, 1e3m), new("MHz", QuantityKind.Frequency, 1e6m), new("GHz", QuantityKind.Frequency, 1e9m),
        new("g", QuantityKind.Mass, 1m), new("kg", QuantityKind.Mass, 1000m), new("t", QuantityKind.Mass, 1_000_000m),
        new("mm", QuantityKind.Length, 0.001m), new("cm", QuantityKind.Length, 0.01m), new("m", QuantityKind.Length, 1m),
    }.ToDictionary(u => u.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, CalendarDuration> DurationUnits = new(StringComparer.Ordinal)
    {
        ["day"] = new(0, 1), ["days"] = new(0, 1), ["week"] = new(0, 7), ["weeks"] = new(0, 7),
        ["month"] = new(1, 0), ["months"] = new(1, 0), ["year"] = new(12, 0), ["years"] = new(12, 0),
    };

    /// <summary>The base unit of each quantity kind.</summary>
    public static string BaseUnit(QuantityKind kind) => kind switch
    {
        QuantityKind.Voltage => "V",
        QuantityKind.Current => "A",
        QuantityKind.Power => "W",
        QuantityKind.Energy => "Wh",
        QuantityKind.Frequency => "Hz",
        QuantityKind.Mass => "g",
        _ => "m",
    };

    /// <summary>The quantity unit called <paramref name="name"/>, if there is one.</summary>
    public static QuantityUnit? Quantity(string name) => QuantityUnits.GetValueOrDefault(name);

    /// <summary>One <paramref name="name"/> as calendar time (a week is 7 days, a year 12 months), if it is a duration unit.</summary>
    public static CalendarDuration? Duration(string name) => DurationUnits.TryGetValue(name, out var unit) ? unit : null;

    /// <summary>The names of the units of <paramref name="kind"/>.</summary>
    public static IEnumerable<string> NamesOf(QuantityKind kind) => QuantityUnits.Values.Where(u => u.Kind == kind).Select(u => u.Name);
}
