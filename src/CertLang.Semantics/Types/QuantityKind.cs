namespace CertLang.Semantics.Types;

/// <summary>The physical quantities attributes can measure (docs/language.md, "Lexical structure").</summary>
public enum QuantityKind
{
    /// <summary>Volts.</summary>
    Voltage,

    /// <summary>Amperes.</summary>
    Current,

    /// <summary>Watts.</summary>
    Power,

    /// <summary>Watt-hours.</summary>
    Energy,

    /// <summary>Hertz.</summary>
    Frequency,

    /// <summary>Grams.</summary>
    Mass,

    /// <summary>Metres.</summary>
    Length,
}
