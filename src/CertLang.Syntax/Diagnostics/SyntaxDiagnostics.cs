using CertLang.Syntax.Text;

namespace CertLang.Syntax.Diagnostics;

/// <summary>
/// The syntax diagnostics (CERT00xx): per code, its descriptor and the factories that word its messages, quoting
/// source text with <see cref="DisplayText"/>; docs/diagnostics.md documents each code.
/// </summary>
public static class SyntaxDiagnostics
{
    /// <summary>CERT0001: characters that no token can be made of.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacters = new("CERT0001", DiagnosticSeverity.Error, "Unexpected characters");

    /// <summary>CERT0001 of the characters at <paramref name="span"/>, which no token is made of.</summary>
    internal static Diagnostic UnexpectedCharactersFound(SourceText source, TextSpan span) =>
        new(UnexpectedCharacters, source, span, $"unexpected {Describe(source.ToString(span))}; remove {(span.Length == 1 ? "it" : "them")}");

    /// <summary>CERT0002: a string without its closing quote.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("CERT0002", DiagnosticSeverity.Error, "Unterminated string");

    /// <summary>CERT0002 of the string at <paramref name="span"/>, which the line ends inside.</summary>
    internal static Diagnostic StringNotClosed(SourceText source, TextSpan span) =>
        new(UnterminatedString, source, span, "string is not closed; add a '\"' before the end of the line");

    /// <summary>CERT0003: an escape sequence the language does not know.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new("CERT0003", DiagnosticSeverity.Error, "Invalid escape sequence");

    /// <summary>CERT0003 of the unknown escape sequence at <paramref name="span"/>.</summary>
    internal static Diagnostic EscapeNotKnown(SourceText source, TextSpan span) =>
        new(InvalidEscape, source, span, $"unknown escape sequence '{DisplayText.Safe(source.ToString(span))}'; use \\\", \\\\, \\n, \\t or \\uXXXX");

    /// <summary>CERT0003 of the <c>\uXXXX</c> at <paramref name="span"/>, half of a surrogate pair without the other half.</summary>
    internal static Diagnostic EscapeHalfOfSurrogatePair(SourceText source, TextSpan span) =>
        new(InvalidEscape, source, span, $"'{DisplayText.Safe(source.ToString(span))}' is half of a surrogate pair; write both halves (\\uD83D\\uDE00) or the character itself");

    /// <summary>CERT0004: a block comment without its closing <c>*/</c>.</summary>
    public static readonly DiagnosticDescriptor UnterminatedComment = new("CERT0004", DiagnosticSeverity.Error, "Unterminated block comment");

    /// <summary>CERT0004 of the <c>/*</c> at <paramref name="span"/>, which the file ends inside.</summary>
    internal static Diagnostic CommentNotClosed(SourceText source, TextSpan span) =>
        new(UnterminatedComment, source, span, "block comment is not closed; add '*/'");

    /// <summary>CERT0005: a token where the grammar does not allow it.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new("CERT0005", DiagnosticSeverity.Error, "Unexpected token");

    /// <summary>CERT0005 of the token <paramref name="found"/>, where <paramref name="expected"/> may stand; "did you mean" <paramref name="didYouMean"/> when it is a misspelt keyword.</summary>
    internal static Diagnostic TokenNotExpected(SourceText source, TextSpan span, string found, string expected, string? didYouMean) =>
        new(UnexpectedToken, source, span, didYouMean is null
            ? $"unexpected {found}; expected {expected}"
            : $"unexpected {found}; did you mean '{didYouMean}'?") { Suggestion = didYouMean };

    /// <summary>CERT0006: a token the grammar needs is missing.</summary>
    public static readonly DiagnosticDescriptor MissingToken = new("CERT0006", DiagnosticSeverity.Error, "Missing token");

    /// <summary>CERT0006 of the <paramref name="expected"/> missing before <paramref name="found"/>.</summary>
    internal static Diagnostic TokenMissing(SourceText source, TextSpan span, string expected, string found) =>
        new(MissingToken, source, span, $"expected {expected} before {found}");

    /// <summary>CERT0006 of the <paramref name="expected"/> missing after <paramref name="previous"/>, at the end of a line.</summary>
    internal static Diagnostic LineIncomplete(SourceText source, TextSpan span, string expected, string previous) =>
        new(MissingToken, source, span, $"expected {expected} after {previous}");

    /// <summary>CERT0007: brackets or <c>not</c>s nested deeper than the parser accepts.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("CERT0007", DiagnosticSeverity.Error, "Nesting too deep");

    /// <summary>CERT0007 of the bracket or <c>not</c> at <paramref name="span"/>, nested more than <paramref name="limit"/> levels deep.</summary>
    internal static Diagnostic NestedTooDeeply(SourceText source, TextSpan span, int limit) =>
        new(NestingTooDeep, source, span, $"nested more than {limit} levels deep; the parser skipped the rest of this group: split the condition");

    /// <summary>CERT0008: the file is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("CERT0008", DiagnosticSeverity.Error, "Invalid UTF-8");

    /// <summary>CERT0008 of the file, whose first byte that is not UTF-8 is at <paramref name="byteOffset"/>.</summary>
    internal static Diagnostic NotUtf8(SourceText source, int byteOffset) =>
        new(InvalidUtf8, source, new TextSpan(0, 0), $"the file is not valid UTF-8 (first bad byte at offset {byteOffset}); save it as UTF-8");

    /// <summary>CERT0009: a single <c>=</c> where a comparison needs <c>==</c>.</summary>
    public static readonly DiagnosticDescriptor SingleEquals = new("CERT0009", DiagnosticSeverity.Error, "'=' instead of '=='");

    /// <summary>CERT0009 of the <c>=</c> at <paramref name="span"/>, where a comparison needs <c>==</c>.</summary>
    internal static Diagnostic SingleEqualsFound(SourceText source, TextSpan span) =>
        new(SingleEquals, source, span, "'=' is not an operator; write '==' to compare");

    /// <summary>CERT0010: digits and dashes that are not a YYYY-MM-DD date.</summary>
    public static readonly DiagnosticDescriptor MalformedDate = new("CERT0010", DiagnosticSeverity.Error, "Malformed date");

    /// <summary>CERT0010 of the digits and dashes at <paramref name="span"/>, which are not a YYYY-MM-DD date.</summary>
    internal static Diagnostic DateMalformed(SourceText source, TextSpan span) =>
        new(MalformedDate, source, span, $"'{DisplayText.Safe(source.ToString(span))}' is not a date; write it as YYYY-MM-DD, such as 2027-06-01");

    /// <summary>All descriptors of the syntax layer.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedCharacters, UnterminatedString, InvalidEscape, UnterminatedComment, UnexpectedToken, MissingToken, NestingTooDeep,
        InvalidUtf8, SingleEquals, MalformedDate,
    ];

    private static string Describe(string characters) =>
        characters.Length == 1 ? $"character '{DisplayText.Safe(characters)}'" : $"characters '{DisplayText.Safe(characters)}'";
}
