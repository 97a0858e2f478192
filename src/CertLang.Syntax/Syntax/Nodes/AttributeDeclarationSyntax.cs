namespace CertLang.Syntax;

/// <summary><c>attribute NAME: TYPE</c>: a property products are described by.</summary>
public sealed class AttributeDeclarationSyntax : DeclarationSyntax
{
    internal AttributeDeclarationSyntax(SyntaxToken attributeKeyword, SyntaxToken name, SyntaxToken colon, TypeSyntax type)
        : base(SyntaxKind.AttributeDeclaration, attributeKeyword, name, colon, type)
    {
        AttributeKeyword = attributeKeyword;
        Name = name;
        Colon = colon;
        Type = type;
    }

    /// <summary>The <c>attribute</c> keyword.</summary>
    public SyntaxToken AttributeKeyword { get; }

    /// <summary>The attribute's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The colon.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The attribute's type.</summary>
    public TypeSyntax Type { get; }
}

/// <summary>The type of an attribute.</summary>
public abstract class TypeSyntax : SyntaxNode
{
    private protected TypeSyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }
}

/// <summary>A type given by name: a quantity kind such as <c>voltage</c>, or <c>bool</c>, <c>text</c>, <c>number</c>, <c>date</c>.</summary>
public sealed class NamedTypeSyntax : TypeSyntax
{
    internal NamedTypeSyntax(SyntaxToken identifier)
        : base(SyntaxKind.NamedType, identifier) => Identifier = identifier;

    /// <summary>The type's name.</summary>
    public SyntaxToken Identifier { get; }
}

/// <summary><c>enum { ac, dc }</c></summary>
public sealed class EnumTypeSyntax : TypeSyntax
{
    internal EnumTypeSyntax(SyntaxToken enumKeyword, SyntaxToken openBrace, SeparatedSyntaxList<SyntaxToken> members, SyntaxToken closeBrace)
        : base(SyntaxKind.EnumType, enumKeyword, openBrace, members, closeBrace)
    {
        EnumKeyword = enumKeyword;
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>enum</c> keyword.</summary>
    public SyntaxToken EnumKeyword { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The member names.</summary>
    public SeparatedSyntaxList<SyntaxToken> Members { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}
