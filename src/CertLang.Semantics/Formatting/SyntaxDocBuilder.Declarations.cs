using System.Diagnostics;
using CertLang.Syntax;

namespace CertLang.Semantics.Formatting;

/// <summary>The layout of declarations and of the blocks and clauses inside them.</summary>
internal sealed partial class SyntaxDocBuilder
{
    private Doc Declaration(DeclarationSyntax declaration) => declaration switch
    {
        PackDeclarationSyntax pack => Clause(
            PieceOf(pack.PackKeyword), PieceOf(pack.Name), PieceOf(pack.VersionKeyword), PieceOf(pack.Version), OptionalPiece(pack.Description)),
        AttributeDeclarationSyntax attribute => Doc.Nest(IndentSize, Doc.Concat(
            Spaced(PieceOf(attribute.AttributeKeyword), PieceOf(attribute.Name)),
            Inline(attribute.Colon, Separator.None),
            Doc.Text(attribute.Colon.Text),
            Inline(attribute.Type.FirstToken, Separator.Space),
            Element(attribute.Type))),
        CategoryDeclarationSyntax category => Category(category),
        MarketDeclarationSyntax market => Market(market),
        RegimeDeclarationSyntax regime => Regime(regime),
        TestDeclarationSyntax test => Block(
            [PieceOf(test.TestKeyword), PieceOf(test.Name)], test.OpenBrace, test.Clauses, test.CloseBrace, TestClause),
        _ => throw new UnreachableException($"unknown declaration {declaration.Kind}"),
    };

    private Doc Category(CategoryDeclarationSyntax category)
    {
        Piece?[] head = [PieceOf(category.CategoryKeyword), PieceOf(category.Name), OptionalPiece(category.Title), OptionalPiece(category.HsCodes)];
        return category.Body is { } body
            ? Block(head, body.OpenBrace, body.Categories, body.CloseBrace, Category)
            : Clause(head);
    }

    private Doc Market(MarketDeclarationSyntax market)
    {
        Piece?[] head = [PieceOf(market.MarketKeyword), PieceOf(market.Name), OptionalPiece(market.Title)];
        return market.Body is { } body
            ? Block(head, body.OpenBrace, body.Clauses, body.CloseBrace, MarketClause)
            : Clause(head);
    }

    private Doc MarketClause(MarketClauseSyntax clause) => clause switch
    {
        MembersClauseSyntax members => Clause(PieceOf(members.MembersKeyword), CommaList(members.Countries)),
        NotCoveredClauseSyntax notCovered => Clause(PieceOf(notCovered.NotKeyword), PieceOf(notCovered.CoveredKeyword), PieceOf(notCovered.Text)),
        _ => throw new UnreachableException($"unknown market clause {clause.Kind}"),
    };

    private Doc Regime(RegimeDeclarationSyntax regime)
    {
        var keywordWidths = RegimeClauseAlignment.KeywordWidths(regime.Clauses, GapBefore);
        return Block(
            [PieceOf(regime.RegimeKeyword), PieceOf(regime.Name), PieceOf(regime.InKeyword), PieceOf(regime.Market)],
            regime.OpenBrace,
            regime.Clauses,
            regime.CloseBrace,
            clause => RegimeClause(clause, keywordWidths.GetValueOrDefault(clause)));
    }

    /// <summary>A clause of a regime; <paramref name="keywordWidth"/> is the padded width of its keyword, 0 if not aligned.</summary>
    private Doc RegimeClause(RegimeClauseSyntax clause, int keywordWidth) => clause switch
    {
        TextClauseSyntax text => KeywordClause(text.Keyword, keywordWidth, PieceOf(text.Value)),
        RouteClauseSyntax route => KeywordClause(route.RouteKeyword, keywordWidth, PieceOf(route.Route)),
        ValidityClauseSyntax validity => KeywordClause(validity.ValidityKeyword, keywordWidth, PieceOf(validity.Duration)),
        DateClauseSyntax date => KeywordClause(date.Keyword, keywordWidth, PieceOf(date.Date)),
        RequiresClauseSyntax requires => KeywordClause(requires.RequiresKeyword, keywordWidth, CommaList(requires.Regimes)),
        AcceptsClauseSyntax accepts => KeywordClause(
            accepts.AcceptsKeyword, keywordWidth, CommaList(accepts.Regimes), OptionalPiece(accepts.Takes), OptionalPiece(accepts.From), OptionalPiece(accepts.Until)),
        ScopeBlockSyntax scope => Block([PieceOf(scope.ScopeKeyword)], scope.OpenBrace, scope.Clauses, scope.CloseBrace, ScopeClause),
        ProcessBlockSyntax process => Block([PieceOf(process.ProcessKeyword)], process.OpenBrace, process.Steps, process.CloseBrace, Step),
        SurveillanceClauseSyntax surveillance => Clause(
            PieceOf(surveillance.SurveillanceKeyword), OptionalPiece(surveillance.Title), PieceOf(surveillance.EveryKeyword), PieceOf(surveillance.Interval)),
        _ => throw new UnreachableException($"unknown regime clause {clause.Kind}"),
    };

    /// <summary>A keyword padded to <paramref name="keywordWidth"/> columns, then the rest of the clause.</summary>
    private Doc KeywordClause(SyntaxToken keyword, int keywordWidth, params Piece?[] rest)
    {
        var padding = Separator.Padding(Math.Max(1, keywordWidth - keyword.Text.Length));
        var value = rest[0] ?? throw new UnreachableException("a regime clause has a value after its keyword");
        return Doc.Nest(IndentSize, Doc.Concat(Doc.Text(keyword.Text), Inline(value.First, padding), Spaced(rest)));
    }

    private Doc ScopeClause(ScopeClauseSyntax clause) => Clause(
        PieceOf(clause.Keyword), CommaList(clause.Targets), OptionalPiece(clause.Where), OptionalPiece(clause.From), OptionalPiece(clause.Until));

    private Doc ScopeTarget(ScopeTargetSyntax target) => target switch
    {
        CategoryTargetSyntax category => Element(category.Category),
        HsTargetSyntax hs => Spaced(PieceOf(hs.HsKeyword), PieceOf(hs.Code)),
        _ => throw new UnreachableException($"unknown scope target {target.Kind}"),
    };

    private Doc Step(StepSyntax step) => step.Body switch
    {
        ShortStepBodySyntax body => Clause(
            PieceOf(step.StepKeyword), PieceOf(step.Name), OptionalPiece(step.Title), PieceOf(body.Takes), OptionalPiece(body.After)),
        BlockStepBodySyntax body => Block(
            [PieceOf(step.StepKeyword), PieceOf(step.Name), OptionalPiece(step.Title), OptionalPiece(body.After)],
            body.OpenBrace,
            body.TakesClauses,
            body.CloseBrace,
            takes => Clause(PieceOf(takes))),
        _ => throw new UnreachableException($"unknown step body {step.Body.Kind}"),
    };

    private Doc TestClause(TestClauseSyntax clause) => clause switch
    {
        ProductBlockSyntax product => Block(
            [PieceOf(product.ProductKeyword)], product.OpenBrace, product.Entries, product.CloseBrace,
            entry => Clause(PieceOf(entry.Attribute), PieceOf(entry.Value))),
        ShipClauseSyntax ship => Clause(PieceOf(ship.ShipKeyword), PieceOf(ship.Date)),
        ExpectClauseSyntax expect => Clause(
            PieceOf(expect.ExpectKeyword), PieceOf(expect.Regime), OptionalPiece(expect.NotKeyword), PieceOf(expect.StatusKeyword),
            OptionalPiece(expect.ByKeyword), OptionalPiece(expect.SatisfiedBy)),
        _ => throw new UnreachableException($"unknown test clause {clause.Kind}"),
    };
}
