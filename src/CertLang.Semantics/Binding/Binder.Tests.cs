using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;

namespace CertLang.Semantics.Binding;

/// <summary>Tests: their products' values, ship dates and expectations.</summary>
internal sealed partial class Binder
{
    private void BindTest(TestDeclarationSyntax syntax)
    {
        if (syntax.Name.IsMissing)
        {
            return;
        }

        var test = new TestSymbol(syntax, Strings.Unescape(syntax.Name.Text));
        Declare(_tests, syntax.Name, "test", test);

        var product = new Dictionary<AttributeSymbol, BoundValue>();
        foreach (var entry in syntax.Clauses.OfType<ProductBlockSyntax>().SelectMany(p => p.Entries))
        {
            if (ResolveAttribute(entry.Attribute, SemanticDiagnostics.UndeclaredTestAttribute) is not { } attribute)
            {
                continue;
            }

            if (product.ContainsKey(attribute))
            {
                Report(SemanticDiagnostics.DuplicateProductEntry, entry.Attribute, $"'{attribute.Name}' is given twice for this product; keep one");
                continue;
            }

            if (BindValue(entry.Value, attribute) is { } value)
            {
                product[attribute] = value;
            }
        }

        test.Product = product.ToImmutableDictionary();
        test.Ship = syntax.Clauses.OfType<ShipClauseSyntax>().Select(s => BindDate(s.Date)).LastOrDefault();
        test.Expectations = [.. syntax.Clauses.OfType<ExpectClauseSyntax>().Select(BindExpectation).OfType<Expectation>()];
        if (!syntax.Clauses.OfType<ExpectClauseSyntax>().Any())
        {
            Report(SemanticDiagnostics.TestWithoutExpectations, syntax.Name, "this test expects nothing; add 'expect REGIME required' (or not required, undetermined)");
        }
    }

    private Expectation? BindExpectation(ExpectClauseSyntax syntax)
    {
        var regime = ResolveRegime(syntax.Regime);
        if (syntax.StatusKeyword.IsMissing)
        {
            return null;
        }

        var status = syntax.StatusKeyword.Kind switch
        {
            SyntaxKind.UndeterminedKeyword => RegimeStatus.Undetermined,
            SyntaxKind.SatisfiedKeyword => RegimeStatus.SatisfiedBy,
            _ when syntax.NotKeyword is not null => RegimeStatus.NotRequired,
            _ => RegimeStatus.Required,
        };
        var satisfiedBy = syntax.SatisfiedBy is { } name ? ResolveRegime(name) : null;
        return regime is null || (status == RegimeStatus.SatisfiedBy && satisfiedBy is null)
            ? null
            : new Expectation(regime, status, satisfiedBy, syntax);
    }
}
