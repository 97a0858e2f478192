using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Binding;

/// <summary>Declarations: the pack, attributes and their types, the category tree, markets.</summary>
internal sealed partial class Binder
{
    private void DeclareTopLevel(CompilationUnitSyntax root)
    {
        foreach (var declaration in root.Declarations)
        {
            switch (declaration)
            {
                case PackDeclarationSyntax pack:
                    DeclarePack(pack);
                    break;
                case AttributeDeclarationSyntax attribute:
                    DeclareAttribute(attribute);
                    break;
                case CategoryDeclarationSyntax category:
                    DeclareCategory(category, parent: null);
                    break;
                case MarketDeclarationSyntax market:
                    DeclareMarket(market);
                    break;
            }
        }
    }

    private void DeclarePack(PackDeclarationSyntax syntax)
    {
        var pack = new PackSymbol(syntax, syntax.Version.Text, syntax.Description is { } description ? Strings.Unescape(description.Text) : null);
        _packs.Add(pack);
        if (_packs.Count > 1)
        {
            Report(SemanticDiagnostics.SecondPack, syntax.Name,
                $"a pack is declared already{Where(_packs[0])}; a pack folder has exactly one 'pack' declaration: remove this one");
            return;
        }

        Reference(syntax.Name, pack);
    }

    private void CheckPackCount()
    {
        if (_packs.Count == 0 && !_trees.IsEmpty)
        {
            var first = _trees[0];
            _diagnostics.Add(new Syntax.Diagnostics.Diagnostic(SemanticDiagnostics.MissingPack, first.Text, new Syntax.Text.TextSpan(0, 0),
                "the pack has no 'pack' declaration; add one, such as: pack my_pack version 1.0.0 \"What it covers\""));
        }
    }

    private void DeclareAttribute(AttributeDeclarationSyntax syntax)
    {
        if (BindType(syntax.Type) is not { } type)
        {
            _untypedAttributes.Add(syntax.Name.Text);
            return;
        }

        Declare(_attributes, syntax.Name, "attribute", new AttributeSymbol(syntax.Name.Text, type, syntax));
    }

    private AttributeType? BindType(TypeSyntax syntax)
    {
        switch (syntax)
        {
            case EnumTypeSyntax enumType:
                var members = new List<string>();
                foreach (var member in enumType.Members.Where(m => !m.IsMissing))
                {
                    if (members.Contains(member.Text))
                    {
                        Report(SemanticDiagnostics.DuplicateMember, member, $"'{Safe(member.Text)}' is listed twice in this enum; remove one");
                        continue;
                    }

                    members.Add(member.Text);
                }

                return new EnumType([.. members]);
            case NamedTypeSyntax named when !named.Identifier.IsMissing:
                var type = AttributeTypes.Named(named.Identifier.Text);
                if (type is null)
                {
                    var name = named.Identifier.Text;
                    var suggestion = Syntax.Diagnostics.SpellChecker.Suggest(name, [.. AttributeTypes.Names, "enum"]);
                    Report(SemanticDiagnostics.UnknownType, named.Identifier,
                        suggestion is not null
                            ? $"unknown type '{Safe(name)}'; did you mean '{Safe(suggestion)}'?"
                            : $"unknown type '{Safe(name)}'; use one of: {List(AttributeTypes.Names)}, or enum {{ … }}",
                        suggestion == "enum" ? null : suggestion);
                }

                return type;
            default:
                return null;
        }
    }

    private void DeclareCategory(CategoryDeclarationSyntax syntax, CategorySymbol? parent)
    {
        var codes = syntax.HsCodes is { } list ? HsCodes(list.Codes) : [];
        var title = syntax.Title is { } t ? Strings.Unescape(t.Text) : null;
        var category = new CategorySymbol(syntax, parent, title, codes);
        Declare(_categories, syntax.Name, "category", category);
        foreach (var child in syntax.Body?.Categories ?? [])
        {
            DeclareCategory(child, category);
        }
    }

    private ImmutableArray<HsCodeValue> HsCodes(IEnumerable<SyntaxToken> codes) =>
        [.. codes.Select(BindHsCode).OfType<HsCodeValue>()];

    private void DeclareMarket(MarketDeclarationSyntax syntax)
    {
        var members = new List<string>();
        foreach (var country in syntax.Body?.Members.SelectMany(m => m.Countries) ?? [])
        {
            if (country.IsMissing)
            {
                continue;
            }

            if (members.Contains(country.Text))
            {
                Report(SemanticDiagnostics.DuplicateMember, country, $"'{Safe(country.Text)}' is listed twice as a member; remove one");
                continue;
            }

            if (!MarketCodes.IsCountry(country.Text))
            {
                Report(SemanticDiagnostics.UnusualMarketCode, country,
                    $"'{Safe(country.Text)}' is not an ISO 3166 alpha-2 country code; write the country's two capital letters, such as DE");
            }

            members.Add(country.Text);
        }

        var title = syntax.Title is { } t ? Strings.Unescape(t.Text) : null;
        var market = new MarketSymbol(syntax, title, [.. members]);
        if (Declare(_markets, syntax.Name, "market", market) && !MarketCodes.IsPlausible(syntax.Name.Text, market.IsBloc))
        {
            Report(SemanticDiagnostics.UnusualMarketCode, syntax.Name, market.IsBloc
                ? $"'{Safe(syntax.Name.Text)}' is an unusual bloc code; use capital letters, such as EU or EAEU"
                : $"'{Safe(syntax.Name.Text)}' is not an ISO 3166 alpha-2 country code; write the country's two capital letters, such as CN");
        }
    }
}
