namespace CertLang.Semantics.Configuration;

/// <summary>The level a pack's <c>certlang.json</c> gives a diagnostic code: a severity, or off.</summary>
public enum DiagnosticLevel
{
    /// <summary>Reported as an error: the pack does not build.</summary>
    Error,

    /// <summary>Reported as a warning.</summary>
    Warning,

    /// <summary>Reported as an info (hidden in text output unless asked for).</summary>
    Info,

    /// <summary>Not reported at all.</summary>
    Off,
}
