using System.Collections.Immutable;

namespace CertLang.Syntax;

/// <summary><c>test "name" { product { … } ship DATE expect … }</c>: a scope decision pinned by the pack's author.</summary>
public sealed class TestDeclarationSyntax : DeclarationSyntax
{
    internal TestDeclarationSyntax(SyntaxToken testKeyword, SyntaxToken name, SyntaxToken openBrace, ImmutableArray<TestClauseSyntax> clauses, SyntaxToken closeBrace)
        : base(SyntaxKind.TestDeclaration, testKeyword, name, openBrace, clauses, closeBrace)
    {
        TestKeyword = testKeyword;
        Name = name;
        OpenBrace = openBrace;
        Clauses = clauses;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>test</c> keyword.</summary>
    public SyntaxToken TestKeyword { get; }

    /// <summary>The test's name, a string.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The product, ship date and expectations, in source order.</summary>
    public ImmutableArray<TestClauseSyntax> Clauses { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary>A clause of a test: the product, the ship date or an expectation.</summary>
public abstract class TestClauseSyntax : SyntaxNode
{
    private protected TestClauseSyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }
}

/// <summary><c>product { category hair_dryer  rated_voltage 230 V }</c></summary>
public sealed class ProductBlockSyntax : TestClauseSyntax
{
    internal ProductBlockSyntax(SyntaxToken productKeyword, SyntaxToken openBrace, ImmutableArray<ProductEntrySyntax> entries, SyntaxToken closeBrace)
        : base(SyntaxKind.ProductBlock, productKeyword, openBrace, entries, closeBrace)
    {
        ProductKeyword = productKeyword;
        OpenBrace = openBrace;
        Entries = entries;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>product</c> keyword.</summary>
    public SyntaxToken ProductKeyword { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The attribute values.</summary>
    public ImmutableArray<ProductEntrySyntax> Entries { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary>An attribute of a test product and its value.</summary>
public sealed class ProductEntrySyntax : SyntaxNode
{
    internal ProductEntrySyntax(NameSyntax attribute, ValueSyntax value)
        : base(SyntaxKind.ProductEntry, attribute, value)
    {
        Attribute = attribute;
        Value = value;
    }

    /// <summary>The attribute (or <c>category</c>, <c>hs</c>).</summary>
    public NameSyntax Attribute { get; }

    /// <summary>The value.</summary>
    public ValueSyntax Value { get; }
}

/// <summary><c>ship DATE</c>: the shipment date the test evaluates at.</summary>
public sealed class ShipClauseSyntax : TestClauseSyntax
{
    internal ShipClauseSyntax(SyntaxToken shipKeyword, SyntaxToken date)
        : base(SyntaxKind.ShipClause, shipKeyword, date)
    {
        ShipKeyword = shipKeyword;
        Date = date;
    }

    /// <summary>The <c>ship</c> keyword.</summary>
    public SyntaxToken ShipKeyword { get; }

    /// <summary>The date.</summary>
    public SyntaxToken Date { get; }
}

/// <summary><c>expect R required</c>, <c>expect R not required</c>, <c>expect R undetermined</c> or <c>expect R satisfied by S</c>.</summary>
public sealed class ExpectClauseSyntax : TestClauseSyntax
{
    internal ExpectClauseSyntax(SyntaxToken expectKeyword, NameSyntax regime, SyntaxToken? notKeyword, SyntaxToken statusKeyword,
        SyntaxToken? byKeyword, NameSyntax? satisfiedBy)
        : base(SyntaxKind.ExpectClause, expectKeyword, regime, notKeyword, statusKeyword, byKeyword, satisfiedBy)
    {
        ExpectKeyword = expectKeyword;
        Regime = regime;
        NotKeyword = notKeyword;
        StatusKeyword = statusKeyword;
        ByKeyword = byKeyword;
        SatisfiedBy = satisfiedBy;
    }

    /// <summary>The <c>expect</c> keyword.</summary>
    public SyntaxToken ExpectKeyword { get; }

    /// <summary>The regime the expectation is about.</summary>
    public NameSyntax Regime { get; }

    /// <summary>The <c>not</c> of <c>not required</c>.</summary>
    public SyntaxToken? NotKeyword { get; }

    /// <summary><c>required</c>, <c>undetermined</c> or <c>satisfied</c>.</summary>
    public SyntaxToken StatusKeyword { get; }

    /// <summary>The <c>by</c> of <c>satisfied by</c>.</summary>
    public SyntaxToken? ByKeyword { get; }

    /// <summary>The regime of <c>satisfied by</c>.</summary>
    public NameSyntax? SatisfiedBy { get; }
}
