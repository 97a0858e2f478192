using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>What kind of declaration a symbol stands for.</summary>
public enum SymbolKind
{
    /// <summary>The pack.</summary>
    Pack,

    /// <summary>An attribute, declared or built in.</summary>
    Attribute,

    /// <summary>A category of the taxonomy.</summary>
    Category,

    /// <summary>A market: a country or a bloc.</summary>
    Market,

    /// <summary>A certification regime.</summary>
    Regime,

    /// <summary>A step of a regime's process.</summary>
    Step,

    /// <summary>A test.</summary>
    Test,
}

/// <summary>A named declaration of the pack, the target of names that refer to it.</summary>
public abstract class Symbol
{
    private protected Symbol(string name, SyntaxNode? declaration, SyntaxToken? nameToken)
    {
        Name = name;
        Declaration = declaration;
        NameToken = nameToken;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>What the symbol is.</summary>
    public abstract SymbolKind Kind { get; }

    /// <summary>The declaration's syntax; null for what is built in.</summary>
    public SyntaxNode? Declaration { get; }

    /// <summary>The token that names the symbol in its declaration; null for what is built in.</summary>
    public SyntaxToken? NameToken { get; }

    /// <summary>The doc comment of the declaration, or empty.</summary>
    public string Documentation => Declaration is DeclarationSyntax declaration ? declaration.DocumentationText : "";

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";
}
