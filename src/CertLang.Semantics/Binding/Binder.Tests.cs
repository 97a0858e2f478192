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
        Declare(_tests, syntax.Name, test);

        var product = new Dictionary<AttributeSymbol, BoundValue>();
        var given = new HashSet<AttributeSymbol>();
        foreach (var entry in syntax.Clauses.OfType<ProductBlockSyntax>().SelectMany(p => p.Entries))
        {
            if (ResolveAttribute(entry.Attribute, SemanticDiagnostics.TestAttributeNotDeclared) is not { } attribute)
            {
                continue;
            }

            if (!given.Add(attribute))
            {
                Report(entry.Attribute, SemanticDiagnostics.ProductAttributeTwice(attribute.Name));
                continue;
            }

            if (BindValue(entry.Value, attribute) is { } value)
            {
                product[attribute] = value;
            }
        }

        test.Product = product.ToImmutableDictionary();
        var ships = syntax.Clauses.OfType<ShipClauseSyntax>().ToList();
        foreach (var ship in ships.Skip(1))
        {
            Report(ship.ShipKeyword, SemanticDiagnostics.ShipTwice());
        }

        test.Ship = ships.Select(s => BindDate(s.Date)).FirstOrDefault();
        test.Expectations = BindExpectations(syntax);
        if (!syntax.Clauses.OfType<ExpectClauseSyntax>().Any())
        {
            Report(syntax.Name, SemanticDiagnostics.NothingExpected());
        }
    }

    private ImmutableArray<Expectation> BindExpectations(TestDeclarationSyntax syntax)
    {
        var expectations = new List<Expectation>();
        foreach (var clause in syntax.Clauses.OfType<ExpectClauseSyntax>())
        {
            if (BindExpectation(clause) is not { } expectation)
            {
                continue;
            }

            if (expectations.Any(e => e.Regime == expectation.Regime))
            {
                Report(clause.Regime, SemanticDiagnostics.ExpectationTwice(expectation.Regime.Name));
                continue;
            }

            expectations.Add(expectation);
        }

        return [.. expectations];
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
