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

    /// <summary>The braces with the bloc's members, if any.</summary>
    public MarketBodySyntax? Body { get; }
}

/// <summary>The braces of a market and the <c>members</c> clauses between them.</summary>
public sealed class MarketBodySyntax : SyntaxNode
{
    internal MarketBodySyntax(SyntaxToken openBrace, ImmutableArray<MembersClauseSyntax> members, SyntaxToken closeBrace)
        : base(SyntaxKind.MarketBody, openBrace, members, closeBrace)
    {
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
    }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The <c>members</c> clauses.</summary>
    public ImmutableArray<MembersClauseSyntax> Members { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary><c>members AT, BE, DE</c>: the countries of a bloc.</summary>
public sealed class MembersClauseSyntax : SyntaxNode
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
