using System.Collections.Immutable;
using CertLang.Semantics.Binding;
using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>A category of the product taxonomy; it includes all its descendants.</summary>
public sealed class CategorySymbol : Symbol
{
    private readonly List<CategorySymbol> _children = [];

    internal CategorySymbol(CategoryDeclarationSyntax declaration, CategorySymbol? parent, string? title, ImmutableArray<HsCodeValue> hsCodes)
        : base(declaration.Name.Text, declaration, declaration.Name)
    {
        Parent = parent;
        Title = title;
        HsCodes = hsCodes;
        parent?._children.Add(this);
    }

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Category;

    /// <summary>The enclosing category, or null for a root.</summary>
    public CategorySymbol? Parent { get; }

    /// <summary>The direct subcategories, in source order.</summary>
    public IReadOnlyList<CategorySymbol> Children => _children;

    /// <summary>The title, if any.</summary>
    public string? Title { get; }

    /// <summary>The HS codes, informational.</summary>
    public ImmutableArray<HsCodeValue> HsCodes { get; }

    /// <summary>The names from the root down to this category: <c>electrical/household_appliance/kettle</c>.</summary>
    public string Path => Parent is null ? Name : $"{Parent.Path}/{Name}";

    /// <summary>Whether this category is <paramref name="other"/> or one of its descendants.</summary>
    public bool IsWithin(CategorySymbol other)
    {
        for (var category = this; category is not null; category = category.Parent)
        {
            if (ReferenceEquals(category, other))
            {
                return true;
            }
        }

        return false;
    }
}
