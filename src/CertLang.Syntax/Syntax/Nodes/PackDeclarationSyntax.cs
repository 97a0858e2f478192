namespace CertLang.Syntax;

/// <summary><c>pack NAME version 1.4.0 "description"</c>: the one declaration that names the pack.</summary>
public sealed class PackDeclarationSyntax : DeclarationSyntax
{
    internal PackDeclarationSyntax(SyntaxToken packKeyword, SyntaxToken name, SyntaxToken versionKeyword, SyntaxToken version, SyntaxToken? description)
        : base(SyntaxKind.PackDeclaration, packKeyword, name, versionKeyword, version, description)
    {
        PackKeyword = packKeyword;
        Name = name;
        VersionKeyword = versionKeyword;
        Version = version;
        Description = description;
    }

    /// <summary>The <c>pack</c> keyword.</summary>
    public SyntaxToken PackKeyword { get; }

    /// <summary>The pack's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The <c>version</c> keyword.</summary>
    public SyntaxToken VersionKeyword { get; }

    /// <summary>The version number.</summary>
    public SyntaxToken Version { get; }

    /// <summary>The description string, if any.</summary>
    public SyntaxToken? Description { get; }
}
