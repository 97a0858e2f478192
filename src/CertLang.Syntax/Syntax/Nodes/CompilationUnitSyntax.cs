using System.Collections.Immutable;

namespace CertLang.Syntax;

/// <summary>The root of a tree: the declarations of one file and the end of file.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    internal CompilationUnitSyntax(ImmutableArray<DeclarationSyntax> declarations, SyntaxToken endOfFile)
        : base(SyntaxKind.CompilationUnit, declarations, endOfFile)
    {
        Declarations = declarations;
        EndOfFile = endOfFile;
    }

    /// <summary>The top-level declarations, in source order.</summary>
    public ImmutableArray<DeclarationSyntax> Declarations { get; }

    /// <summary>The end of file token; its leading trivia holds what follows the last declaration.</summary>
    public SyntaxToken EndOfFile { get; }
}

/// <summary>A top-level declaration: pack, attribute, category, market, regime or test.</summary>
public abstract class DeclarationSyntax : SyntaxNode
{
    private protected DeclarationSyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }

    /// <summary>The text of the <c>///</c> doc comment lines directly above the declaration, without the slashes; empty if none.</summary>
    public string DocumentationText => DocumentationComments.Read(FirstToken);
}
