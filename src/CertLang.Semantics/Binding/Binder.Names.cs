using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;

namespace CertLang.Semantics.Binding;

/// <summary>Resolving names to symbols, with "did you mean" for the unknown ones.</summary>
internal sealed partial class Binder
{
    private AttributeSymbol? ResolveAttribute(NameSyntax name, Func<string, IEnumerable<string>, DiagnosticMessage> unknown) =>
        _untypedAttributes.Contains(name.Identifier.Text) && !_attributes.ContainsKey(name.Identifier.Text)
            ? null
            : Resolve(name, _attributes, unknown);

    private CategorySymbol? ResolveCategory(NameSyntax name) => Resolve(name, _categories, SemanticDiagnostics.CategoryNotDeclared);

    private MarketSymbol? ResolveMarket(NameSyntax name) => Resolve(name, _markets, SemanticDiagnostics.MarketNotDeclared);

    private RegimeSymbol? ResolveRegime(NameSyntax name) => Resolve(name, _regimes, SemanticDiagnostics.RegimeNotDeclared);

    /// <summary>The symbol <paramref name="name"/> refers to, or null, reported by <paramref name="unknown"/> from the name and the names of <paramref name="table"/>.</summary>
    private T? Resolve<T>(NameSyntax name, IReadOnlyDictionary<string, T> table, Func<string, IEnumerable<string>, DiagnosticMessage> unknown)
        where T : Symbol
    {
        var token = name.Identifier;
        if (token.IsMissing)
        {
            return null;
        }

        if (table.TryGetValue(token.Text, out var symbol))
        {
            Reference(token, symbol);
            return symbol;
        }

        Report(token, unknown(token.Text, table.Keys));
        return null;
    }
}
