using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>The pack: its name, version and description.</summary>
public sealed class PackSymbol(PackDeclarationSyntax declaration, string version, string? description)
    : Symbol(declaration.Name.Text, declaration, declaration.Name)
{
    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Pack;

    /// <summary>The version, as written.</summary>
    public string Version { get; } = version;

    /// <summary>The description, if any.</summary>
    public string? Description { get; } = description;
}
