using CertLang.Semantics.Types;
using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>An attribute products are described by: declared, or one of the built-in <c>category</c> and <c>hs</c>.</summary>
public sealed class AttributeSymbol : Symbol
{
    /// <summary>The built-in <c>category</c> attribute.</summary>
    public static readonly AttributeSymbol Category = new("category", CategoryType.Instance, null);

    /// <summary>The built-in <c>hs</c> attribute.</summary>
    public static readonly AttributeSymbol Hs = new("hs", HsCodeType.Instance, null);

    internal AttributeSymbol(string name, AttributeType type, AttributeDeclarationSyntax? declaration)
        : base(name, declaration, declaration?.Name) => Type = type;

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Attribute;

    /// <summary>The attribute's type.</summary>
    public AttributeType Type { get; }

    /// <summary>Whether the attribute is built in (needs no declaration).</summary>
    public bool IsBuiltIn => Declaration is null;
}
