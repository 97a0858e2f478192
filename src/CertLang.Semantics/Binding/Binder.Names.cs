using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Binding;

/// <summary>Resolving names to symbols, with "did you mean" for the unknown ones.</summary>
internal sealed partial class Binder
{
    private AttributeSymbol? ResolveAttribute(NameSyntax name, DiagnosticDescriptor unknown) =>
        _untypedAttributes.Contains(name.Identifier.Text) && !_attributes.ContainsKey(name.Identifier.Text)
            ? null
            : Resolve(name, _attributes, unknown, "attribute");

    private CategorySymbol? ResolveCategory(NameSyntax name) => Resolve(name, _categories, SemanticDiagnostics.UnknownCategory, "category");

    private MarketSymbol? ResolveMarket(NameSyntax name) => Resolve(name, _markets, SemanticDiagnostics.UnknownMarket, "market");

    private RegimeSymbol? ResolveRegime(NameSyntax name) => Resolve(name, _regimes, SemanticDiagnostics.UnknownRegime, "regime");

    private T? Resolve<T>(NameSyntax name, IReadOnlyDictionary<string, T> table, DiagnosticDescriptor unknown, string what)
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

        Report(unknown, token, SemanticDiagnostics.Unknown(what, token.Text, table.Keys));
        return null;
    }
}
