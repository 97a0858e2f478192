using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;

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
            Report(syntax.Name, SemanticDiagnostics.PackDeclaredTwice(DeclaredAt(_packs[0])));
            return;
        }

        Reference(syntax.Name, pack);
    }

    private void CheckPackCount()
    {
        if (_packs.Count == 0 && !_trees.IsEmpty)
        {
            var first = _trees[0];
            _diagnostics.Add(SemanticDiagnostics.PackNotDeclared().At(first.Text, new Syntax.Text.TextSpan(0, 0)));
        }
    }

    private void DeclareAttribute(AttributeDeclarationSyntax syntax)
    {
        if (BindType(syntax.Type) is not { } type)
        {
            _untypedAttributes.Add(syntax.Name.Text);
            return;
        }

        Declare(_attributes, syntax.Name, new AttributeSymbol(syntax.Name.Text, type, syntax));
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
                        Report(member, SemanticDiagnostics.EnumMemberTwice(member.Text));
                        continue;
                    }

                    members.Add(member.Text);
                }

                return new EnumType([.. members]);
            case NamedTypeSyntax named when !named.Identifier.IsMissing:
                var type = AttributeTypes.Named(named.Identifier.Text);
                if (type is null)
                {
                    Report(named.Identifier, SemanticDiagnostics.TypeNotKnown(named.Identifier.Text));
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
        Declare(_categories, syntax.Name, category);
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
        var clauses = syntax.Body?.Clauses ?? [];
        foreach (var country in clauses.OfType<MembersClauseSyntax>().SelectMany(m => m.Countries))
        {
            if (country.IsMissing)
            {
                continue;
            }

            if (members.Contains(country.Text))
            {
                Report(country, SemanticDiagnostics.MarketMemberTwice(country.Text));
                continue;
            }

            if (!MarketCodes.IsCountry(country.Text))
            {
                Report(country, SemanticDiagnostics.MemberNotCountryCode(country.Text));
            }

            members.Add(country.Text);
        }

        var title = syntax.Title is { } t ? Strings.Unescape(t.Text) : null;
        var notCovered = clauses.OfType<NotCoveredClauseSyntax>().Where(c => !c.Text.IsMissing).Select(c => Strings.Unescape(c.Text.Text));
        var market = new MarketSymbol(syntax, title, [.. members], [.. notCovered]);
        if (Declare(_markets, syntax.Name, market) && !MarketCodes.IsPlausible(syntax.Name.Text, market.IsBloc))
        {
            Report(syntax.Name, SemanticDiagnostics.MarketCodeUnusual(syntax.Name.Text, market.IsBloc));
        }
    }
}
