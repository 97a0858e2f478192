using CertLang.LanguageServer.Protocol;
using CertLang.Syntax.Classification;

namespace CertLang.LanguageServer.Features.SemanticTokens;

/// <summary>
/// The semantic token types and modifiers the server announces, and the type and modifiers of each classification. Standard
/// types where one fits (so that themes colour them); <c>unit</c>, <c>date</c> and <c>hsCode</c> are CertLang's own.
/// </summary>
internal static class SemanticTokenLegend
{
    private const int Declaration = 1 << 0;
    private const int Documentation = 1 << 1;
    private const int DefaultLibrary = 1 << 2;

    private static readonly string[] TokenTypes =
        ["namespace", "type", "class", "struct", "enumMember", "property", "method", "keyword", "operator", "number", "string", "comment", "unit", "date", "hsCode"];

    private static readonly Dictionary<string, int> TypeIndex = TokenTypes.Select((type, index) => (type, index)).ToDictionary(t => t.type, t => t.index);

    /// <summary>The legend of <c>semanticTokensProvider</c>.</summary>
    public static SemanticTokensLegend Legend { get; } = new(TokenTypes, ["declaration", "documentation", "defaultLibrary"]);

    /// <summary>The index in the legend of the token type of <paramref name="classification"/>.</summary>
    public static int TypeOf(SyntaxClassification classification) => TypeIndex[classification switch
    {
        SyntaxClassification.PackName or SyntaxClassification.MarketName or SyntaxClassification.CountryCode => "namespace",
        SyntaxClassification.TypeName => "type",
        SyntaxClassification.CategoryName => "class",
        SyntaxClassification.RegimeName => "struct",
        SyntaxClassification.EnumMemberName or SyntaxClassification.RouteName => "enumMember",
        SyntaxClassification.AttributeName => "property",
        SyntaxClassification.StepName => "method",
        SyntaxClassification.Keyword => "keyword",
        SyntaxClassification.Operator => "operator",
        SyntaxClassification.Number => "number",
        SyntaxClassification.String or SyntaxClassification.TestName => "string",
        SyntaxClassification.Comment or SyntaxClassification.DocumentationComment => "comment",
        SyntaxClassification.Unit => "unit",
        SyntaxClassification.Date => "date",
        SyntaxClassification.HsCode => "hsCode",
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, null),
    }];

    /// <summary>The modifier bits of <paramref name="span"/>.</summary>
    public static int ModifiersOf(ClassifiedSpan span) =>
        (span.IsDeclaration ? Declaration : 0)
        | (span.Classification == SyntaxClassification.DocumentationComment ? Documentation : 0)
        | (span.IsBuiltIn ? DefaultLibrary : 0);
}
