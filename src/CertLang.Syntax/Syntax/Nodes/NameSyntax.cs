namespace CertLang.Syntax;

/// <summary>A name that refers to a declaration: a category, market, regime, step or attribute.</summary>
public sealed class NameSyntax : SyntaxNode
{
    internal NameSyntax(SyntaxToken identifier)
        : base(SyntaxKind.Name, identifier) => Identifier = identifier;

    /// <summary>The identifier token.</summary>
    public SyntaxToken Identifier { get; }
}
