using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Features.Symbols;

/// <summary>
/// The outline of a document, from its syntax alone: the pack, attributes (enum members under them), categories (subcategories
/// under them), markets, regimes (steps under them) and tests. A declaration whose name is missing is left out.
/// </summary>
internal static class DocumentOutline
{
    /// <summary>The top-level symbols of <paramref name="tree"/>, in source order, each with its children.</summary>
    public static IReadOnlyList<DocumentSymbol> Build(SyntaxTree tree) =>
        [.. tree.Root.Declarations.Select(declaration => Declaration(tree.Text, declaration)).OfType<DocumentSymbol>()];

    private static DocumentSymbol? Declaration(SourceText text, DeclarationSyntax declaration) => declaration switch
    {
        PackDeclarationSyntax pack => Symbol(text, pack, pack.Name, SymbolKind.Package, $"version {pack.Version.Text}", []),
        AttributeDeclarationSyntax attribute => Symbol(text, attribute, attribute.Name, SymbolKind.Property, TypeText(attribute.Type), EnumMembers(text, attribute.Type)),
        CategoryDeclarationSyntax category => Category(text, category),
        MarketDeclarationSyntax market => Symbol(text, market, market.Name, SymbolKind.Module, StringContent(market.Title), []),
        RegimeDeclarationSyntax regime => Symbol(text, regime, regime.Name, SymbolKind.Struct, regime.Market.Identifier.IsMissing ? null : $"in {regime.Market.Identifier.Text}", Steps(text, regime)),
        TestDeclarationSyntax test => Symbol(text, test, test.Name, SymbolKind.Function, null, []),
        _ => null,
    };

    private static DocumentSymbol? Category(SourceText text, CategoryDeclarationSyntax category) =>
        Symbol(text, category, category.Name, SymbolKind.Class, StringContent(category.Title),
            category.Body is { } body ? body.Categories.Select(child => Category(text, child)).OfType<DocumentSymbol>() : []);

    private static IEnumerable<DocumentSymbol?> Steps(SourceText text, RegimeDeclarationSyntax regime) =>
        regime.Clauses.OfType<ProcessBlockSyntax>().SelectMany(process => process.Steps)
            .Select(step => Symbol(text, step, step.Name, SymbolKind.Method, StringContent(step.Title), []));

    private static IEnumerable<DocumentSymbol?> EnumMembers(SourceText text, TypeSyntax type) =>
        type is EnumTypeSyntax enumType ? enumType.Members.Select(member => Symbol(text, member, member, SymbolKind.EnumMember, null, [])) : [];

    private static DocumentSymbol? Symbol(SourceText text, SyntaxElement declaration, SyntaxToken name, SymbolKind kind, string? detail, IEnumerable<DocumentSymbol?> children)
    {
        if (name.IsMissing)
        {
            return null;
        }

        IReadOnlyList<DocumentSymbol> present = [.. children.OfType<DocumentSymbol>()];
        var displayName = name.Kind == SyntaxKind.StringToken ? StringContent(name) is { Length: > 0 } content ? content : name.Text : name.Text;
        return new DocumentSymbol(displayName, kind, Locations.RangeOf(text, declaration.Span), Locations.RangeOf(text, name.Span), detail, present.Count == 0 ? null : present);
    }

    private static string TypeText(TypeSyntax type) => type switch
    {
        NamedTypeSyntax named => named.Identifier.Text,
        EnumTypeSyntax enumType => $"enum {{ {string.Join(", ", enumType.Members.Where(m => !m.IsMissing).Select(m => m.Text))} }}",
        _ => type.ToString(),
    };

    /// <summary>The text of a string literal between its quotes (escapes as written), or null when there is none.</summary>
    private static string? StringContent(SyntaxToken? literal)
    {
        if (literal is null || literal.IsMissing)
        {
            return null;
        }

        var text = literal.Text;
        var start = text.StartsWith('"') ? 1 : 0;
        var end = text.Length > start && text.EndsWith('"') ? text.Length - 1 : text.Length;
        return text[start..end];
    }
}
