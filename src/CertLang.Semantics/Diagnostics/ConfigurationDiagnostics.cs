using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>
/// The diagnostics of suppression comments (CERT200x) and of the pack's <c>certlang.json</c> (CERT210x): per code, its
/// descriptor and the factories that word its messages; docs/diagnostics.md documents each code.
/// </summary>
public static class ConfigurationDiagnostics
{
    /// <summary>CERT2001: a suppression comment that suppressed nothing.</summary>
    public static readonly DiagnosticDescriptor UnusedSuppression = new("CERT2001", Warning, "Unused suppression");

    /// <summary>CERT2001 of the <paramref name="code"/> at <paramref name="span"/>, which the next line does not report.</summary>
    public static Diagnostic SuppressionNotUsed(SourceText source, TextSpan span, string code) =>
        new(UnusedSuppression, source, span, $"the next line has no {code} to suppress; remove '{code}' from this comment");

    /// <summary>CERT2002: a suppression comment that names no code, or one that cannot be suppressed.</summary>
    public static readonly DiagnosticDescriptor InvalidSuppression = new("CERT2002", Warning, "Invalid suppression");

    /// <summary>CERT2002 of a <c>certlang-disable-next-line</c> comment without codes.</summary>
    public static Diagnostic SuppressionWithoutCodes(SourceText source, TextSpan span) =>
        new(InvalidSuppression, source, span, "name the codes to suppress: '// certlang-disable-next-line CERT1070 -- reason'");

    /// <summary>CERT2002 of the word at <paramref name="span"/>, which is not a code of a diagnostic; "did you mean" <paramref name="didYouMean"/>.</summary>
    public static Diagnostic SuppressionOfUnknownCode(SourceText source, TextSpan span, string? didYouMean) =>
        new(InvalidSuppression, source, span, $"'{Safe(source.ToString(span))}' is not a diagnostic code{DidYouMean(didYouMean)}") { Suggestion = didYouMean };

    /// <summary>CERT2002 of the error <paramref name="code"/> at <paramref name="span"/>: errors cannot be suppressed.</summary>
    public static Diagnostic SuppressionOfError(SourceText source, TextSpan span, string code) =>
        new(InvalidSuppression, source, span, $"{code} is an error, and errors cannot be suppressed: a pack with errors does not build; fix it instead");

    /// <summary>CERT2101: a <c>certlang.json</c> that is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidConfiguration = new("CERT2101", Error, "Invalid configuration file");

    /// <summary>CERT2101 at <paramref name="span"/>, saying <paramref name="problem"/>.</summary>
    public static Diagnostic ConfigurationNotValid(SourceText source, TextSpan span, string problem) =>
        new(InvalidConfiguration, source, span, problem);

    /// <summary>CERT2101 of the error <paramref name="code"/> given the level <paramref name="level"/>.</summary>
    public static Diagnostic ErrorLevelChanged(SourceText source, TextSpan span, string code, string level) =>
        new(InvalidConfiguration, source, span, $"{code} is an error, and errors cannot be made '{Safe(level)}': a pack with errors does not build; remove this line");

    /// <summary>CERT2102: a <c>certlang.json</c> that names a code no diagnostic has.</summary>
    public static readonly DiagnosticDescriptor UnknownConfiguredCode = new("CERT2102", Warning, "Unknown code in configuration");

    /// <summary>CERT2102 of the code at <paramref name="span"/>; "did you mean" <paramref name="didYouMean"/>.</summary>
    public static Diagnostic ConfiguredCodeNotKnown(SourceText source, TextSpan span, string code, string? didYouMean) =>
        new(UnknownConfiguredCode, source, span, $"no diagnostic has the code '{Safe(code)}'{DidYouMean(didYouMean)}; docs/diagnostics.md lists them") { Suggestion = didYouMean };

    /// <summary>All descriptors of suppressions and configuration, in the order of their codes.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [UnusedSuppression, InvalidSuppression, InvalidConfiguration, UnknownConfiguredCode];

    private static string DidYouMean(string? code) => code is null ? "" : $"; did you mean '{code}'?";
}
