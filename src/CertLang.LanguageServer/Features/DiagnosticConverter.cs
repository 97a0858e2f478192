using CertLang.LanguageServer.Workspace;
using LspDiagnostic = CertLang.LanguageServer.Protocol.Diagnostic;
using LspSeverity = CertLang.LanguageServer.Protocol.DiagnosticSeverity;
using Severity = CertLang.Syntax.Diagnostics.DiagnosticSeverity;

namespace CertLang.LanguageServer.Features;

/// <summary>Turns a library diagnostic into a protocol one, as <c>certc check</c> reports it.</summary>
internal static class DiagnosticConverter
{
    /// <summary>The protocol diagnostic of <paramref name="diagnostic"/>.</summary>
    public static LspDiagnostic Convert(Syntax.Diagnostics.Diagnostic diagnostic) =>
        new(Positions.ToRange(diagnostic.LineSpan), ToSeverity(diagnostic.Severity), diagnostic.Code, "certlang", diagnostic.Message);

    private static LspSeverity ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => LspSeverity.Error,
        Severity.Warning => LspSeverity.Warning,
        _ => LspSeverity.Information,
    };
}
