namespace CertLang.Cli.Output;

/// <summary>The forms in which certc prints diagnostics (docs/cli.md, "Diagnostics output").</summary>
internal enum DiagnosticFormat
{
    /// <summary>MSBuild canonical lines with the source line and a caret, then a summary line.</summary>
    Text,

    /// <summary>A JSON array with one object per diagnostic.</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log for code-scanning tools.</summary>
    Sarif,
}
