using CertLang.LanguageServer.Workspace;
using CertLang.Semantics;
using LspDiagnostic = CertLang.LanguageServer.Protocol.Diagnostic;
using LspSeverity = CertLang.LanguageServer.Protocol.DiagnosticSeverity;
using Severity = CertLang.Syntax.Diagnostics.DiagnosticSeverity;

namespace CertLang.LanguageServer.Features.Diagnostics;

/// <summary>Turns library diagnostics into protocol ones, as <c>certc check</c> reports them.</summary>
internal static class DiagnosticConverter
{
    /// <summary>Every diagnostic of <paramref name="compilation"/> as a protocol diagnostic, by document URI.</summary>
    public static ILookup<string, LspDiagnostic> ByUri(Compilation compilation) =>
        compilation.GetDiagnostics().ToLookup(d => d.Source.Path, Convert, StringComparer.Ordinal);

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
