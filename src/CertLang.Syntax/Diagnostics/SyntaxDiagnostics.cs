using CertLang.Syntax.Text;

namespace CertLang.Syntax.Diagnostics;

/// <summary>The descriptors of the syntax diagnostics (CERT00xx), one field per code; docs/diagnostics.md documents each.</summary>
public static class SyntaxDiagnostics
{
    /// <summary>CERT0001: characters that no token can be made of.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacters = new("CERT0001", DiagnosticSeverity.Error, "Unexpected characters");

    /// <summary>CERT0002: a string without its closing quote.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("CERT0002", DiagnosticSeverity.Error, "Unterminated string");

    /// <summary>CERT0003: an escape sequence the language does not know.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new("CERT0003", DiagnosticSeverity.Error, "Invalid escape sequence");

    /// <summary>CERT0004: a block comment without its closing <c>*/</c>.</summary>
    public static readonly DiagnosticDescriptor UnterminatedComment = new("CERT0004", DiagnosticSeverity.Error, "Unterminated block comment");

    /// <summary>CERT0005: a token where the grammar does not allow it.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new("CERT0005", DiagnosticSeverity.Error, "Unexpected token");

    /// <summary>CERT0006: a token the grammar needs is missing.</summary>
    public static readonly DiagnosticDescriptor MissingToken = new("CERT0006", DiagnosticSeverity.Error, "Missing token");

    /// <summary>CERT0007: brackets or <c>not</c>s nested deeper than the parser accepts.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("CERT0007", DiagnosticSeverity.Error, "Nesting too deep");

    /// <summary>CERT0008: the file is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("CERT0008", DiagnosticSeverity.Error, "Invalid UTF-8");

    /// <summary>CERT0009: a single <c>=</c> where a comparison needs <c>==</c>.</summary>
    public static readonly DiagnosticDescriptor SingleEquals = new("CERT0009", DiagnosticSeverity.Error, "'=' instead of '=='");

    /// <summary>CERT0010: digits and dashes that are not a YYYY-MM-DD date.</summary>
    public static readonly DiagnosticDescriptor MalformedDate = new("CERT0010", DiagnosticSeverity.Error, "Malformed date");

    /// <summary>All descriptors of the syntax layer.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedCharacters, UnterminatedString, InvalidEscape, UnterminatedComment, UnexpectedToken, MissingToken, NestingTooDeep,
        InvalidUtf8, SingleEquals, MalformedDate,
    ];

    internal static Diagnostic UnexpectedCharactersFound(SourceText source, TextSpan span) =>
        new(UnexpectedCharacters, source, span, $"unexpected {Describe(source.ToString(span))}; remove {(span.Length == 1 ? "it" : "them")}");

    internal static Diagnostic StringNotClosed(SourceText source, TextSpan span) =>
        new(UnterminatedString, source, span, "string is not closed; add a '\"' before the end of the line");

    internal static Diagnostic EscapeNotKnown(SourceText source, TextSpan span) =>
        new(InvalidEscape, source, span, $"unknown escape sequence '{DisplayText.Safe(source.ToString(span))}'; use \\\", \\\\, \\n, \\t or \\uXXXX");

    internal static Diagnostic EscapeHalfOfSurrogatePair(SourceText source, TextSpan span) =>
        new(InvalidEscape, source, span, $"'{DisplayText.Safe(source.ToString(span))}' is half of a surrogate pair; write both halves (\\uD83D\\uDE00) or the character itself");

    internal static Diagnostic CommentNotClosed(SourceText source, TextSpan span) =>
        new(UnterminatedComment, source, span, "block comment is not closed; add '*/'");

    internal static Diagnostic TokenNotExpected(SourceText source, TextSpan span, string found, string expected, string? didYouMean) =>
        new(UnexpectedToken, source, span, didYouMean is null
            ? $"unexpected {found}; expected {expected}"
            : $"unexpected {found}; did you mean '{didYouMean}'?") { Suggestion = didYouMean };

    internal static Diagnostic TokenMissing(SourceText source, TextSpan span, string expected, string found) =>
        new(MissingToken, source, span, $"expected {expected} before {found}");

    internal static Diagnostic LineIncomplete(SourceText source, TextSpan span, string expected, string previous) =>
        new(MissingToken, source, span, $"expected {expected} after {previous}");

    internal static Diagnostic SingleEqualsFound(SourceText source, TextSpan span) =>
        new(SingleEquals, source, span, "'=' is not an operator; write '==' to compare");

    internal static Diagnostic DateMalformed(SourceText source, TextSpan span) =>
        new(MalformedDate, source, span, $"'{DisplayText.Safe(source.ToString(span))}' is not a date; write it as YYYY-MM-DD, such as 2027-06-01");

    internal static Diagnostic NestedTooDeeply(SourceText source, TextSpan span, int limit) =>
        new(NestingTooDeep, source, span, $"nested more than {limit} levels deep; the parser skipped the rest of this group: split the condition");

    internal static Diagnostic NotUtf8(SourceText source, int byteOffset) =>
        new(InvalidUtf8, source, new TextSpan(0, 0), $"the file is not valid UTF-8 (first bad byte at offset {byteOffset}); save it as UTF-8");

    private static string Describe(string characters) =>
        characters.Length == 1 ? $"character '{DisplayText.Safe(characters)}'" : $"characters '{DisplayText.Safe(characters)}'";
}
