using System.Collections.Immutable;

namespace CertLang.Syntax;

/// <summary><c>category NAME "title" hs 8516.31 { … }</c>: a node of the product taxonomy.</summary>
public sealed class CategoryDeclarationSyntax : DeclarationSyntax
{
    internal CategoryDeclarationSyntax(SyntaxToken categoryKeyword, SyntaxToken name, SyntaxToken? title, HsCodeListSyntax? hsCodes, CategoryBodySyntax? body)
        : base(SyntaxKind.CategoryDeclaration, categoryKeyword, name, title, hsCodes, body)
    {
        CategoryKeyword = categoryKeyword;
        Name = name;
        Title = title;
        HsCodes = hsCodes;
        Body = body;
    }

    /// <summary>The <c>category</c> keyword.</summary>
    public SyntaxToken CategoryKeyword { get; }

    /// <summary>The category's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The title string, if any.</summary>
    public SyntaxToken? Title { get; }

    /// <summary>The HS codes, if any.</summary>
    public HsCodeListSyntax? HsCodes { get; }

    /// <summary>The subcategories, if the category has braces.</summary>
    public CategoryBodySyntax? Body { get; }
}

/// <summary><c>hs 8516.71, 8516.79</c>: the HS codes of a category.</summary>
public sealed class HsCodeListSyntax : SyntaxNode
{
    internal HsCodeListSyntax(SyntaxToken hsKeyword, SeparatedSyntaxList<SyntaxToken> codes)
        : base(SyntaxKind.HsCodeList, hsKeyword, codes)
    {
        HsKeyword = hsKeyword;
        Codes = codes;
    }

    /// <summary>The <c>hs</c> keyword.</summary>
    public SyntaxToken HsKeyword { get; }

    /// <summary>The codes.</summary>
    public SeparatedSyntaxList<SyntaxToken> Codes { get; }
}

/// <summary>The braces of a category and the subcategories between them.</summary>
public sealed class CategoryBodySyntax : SyntaxNode
{
    internal CategoryBodySyntax(SyntaxToken openBrace, ImmutableArray<CategoryDeclarationSyntax> categories, SyntaxToken closeBrace)
        : base(SyntaxKind.CategoryBody, openBrace, categories, closeBrace)
    {
        OpenBrace = openBrace;
        Categories = categories;
        CloseBrace = closeBrace;
    }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The subcategories.</summary>
    public ImmutableArray<CategoryDeclarationSyntax> Categories { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}
