using System.Collections.Immutable;

namespace CertLang.Syntax;

/// <summary><c>market EU "European Union" { members AT, BE }</c>: a country or a bloc.</summary>
public sealed class MarketDeclarationSyntax : DeclarationSyntax
{
    internal MarketDeclarationSyntax(SyntaxToken marketKeyword, SyntaxToken name, SyntaxToken? title, MarketBodySyntax? body)
        : base(SyntaxKind.MarketDeclaration, marketKeyword, name, title, body)
    {
        MarketKeyword = marketKeyword;
        Name = name;
        Title = title;
        Body = body;
    }

    /// <summary>The <c>market</c> keyword.</summary>
    public SyntaxToken MarketKeyword { get; }

    /// <summary>The market's code.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The title string, if any.</summary>
    public SyntaxToken? Title { get; }

    /// <summary>The braces with the bloc's members and what the pack does not cover, if any.</summary>
    public MarketBodySyntax? Body { get; }
}

/// <summary>The braces of a market and the <c>members</c> and <c>not covered</c> clauses between them.</summary>
public sealed class MarketBodySyntax : SyntaxNode
{
    internal MarketBodySyntax(SyntaxToken openBrace, ImmutableArray<MarketClauseSyntax> clauses, SyntaxToken closeBrace)
        : base(SyntaxKind.MarketBody, openBrace, clauses, closeBrace)
    {
        OpenBrace = openBrace;
        Clauses = clauses;
        CloseBrace = closeBrace;
    }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The clauses, in source order.</summary>
    public ImmutableArray<MarketClauseSyntax> Clauses { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary>A clause of a market's body.</summary>
public abstract class MarketClauseSyntax : SyntaxNode
{
    private protected MarketClauseSyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }
}

/// <summary><c>members AT, BE, DE</c>: the countries of a bloc.</summary>
public sealed class MembersClauseSyntax : MarketClauseSyntax
{
    internal MembersClauseSyntax(SyntaxToken membersKeyword, SeparatedSyntaxList<SyntaxToken> countries)
        : base(SyntaxKind.MembersClause, membersKeyword, countries)
    {
        MembersKeyword = membersKeyword;
        Countries = countries;
    }

    /// <summary>The <c>members</c> keyword.</summary>
    public SyntaxToken MembersKeyword { get; }

    /// <summary>The member country codes.</summary>
    public SeparatedSyntaxList<SyntaxToken> Countries { get; }
}

/// <summary><c>not covered "SRRC radio type approval is not modelled"</c>: what the pack says it does not cover in the market.</summary>
public sealed class NotCoveredClauseSyntax : MarketClauseSyntax
{
    internal NotCoveredClauseSyntax(SyntaxToken notKeyword, SyntaxToken coveredKeyword, SyntaxToken text)
        : base(SyntaxKind.NotCoveredClause, notKeyword, coveredKeyword, text)
    {
        NotKeyword = notKeyword;
        CoveredKeyword = coveredKeyword;
        Text = text;
    }

    /// <summary>The <c>not</c> keyword.</summary>
    public SyntaxToken NotKeyword { get; }

    /// <summary>The <c>covered</c> keyword.</summary>
    public SyntaxToken CoveredKeyword { get; }

    /// <summary>The string that says what is not covered.</summary>
    public SyntaxToken Text { get; }
}
