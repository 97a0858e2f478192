namespace CertLang.Syntax.Diagnostics;

/// <summary>How serious a diagnostic is; only errors make a pack fail to build.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A hint that something is unused or could be simpler.</summary>
    Info,

    /// <summary>Probably a mistake, but the pack still builds.</summary>
    Warning,

    /// <summary>The pack cannot be built until this is fixed.</summary>
    Error,
}
