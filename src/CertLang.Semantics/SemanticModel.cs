using System.Collections.Immutable;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;

namespace CertLang.Semantics;

/// <summary>What the names of one tree mean: the API the language server builds hover, definition, references and rename on.</summary>
public sealed class SemanticModel
{
    private readonly ImmutableDictionary<SyntaxToken, Symbol> _references;

    internal SemanticModel(Compilation compilation, SyntaxTree tree, ImmutableDictionary<SyntaxToken, Symbol> references)
    {
        Compilation = compilation;
        SyntaxTree = tree;
        _references = references;
    }

    /// <summary>The compilation the tree belongs to.</summary>
    public Compilation Compilation { get; }

    /// <summary>The tree the model answers for.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>
    /// The symbol declared or referred to by the name at <paramref name="position"/>: a name whose text contains the
    /// position or ends right at it (the caret just after a name), if any.
    /// </summary>
    public Symbol? GetSymbolAt(int position)
    {
        var token = SyntaxTree.Root.FindToken(position);
        if (position >= token.Span.Start && position <= token.Span.End && GetSymbol(token) is { } symbol)
        {
            return symbol;
        }

        var before = position > 0 ? SyntaxTree.Root.FindToken(position - 1) : null;
        return before is not null && before.Span.End == position ? GetSymbol(before) : null;
    }

    /// <summary>The symbol a token names, if it names one.</summary>
    public Symbol? GetSymbol(SyntaxToken token) => _references.GetValueOrDefault(token);

    /// <summary>Every token in the compilation that names <paramref name="symbol"/>, its declaration included, by file path and position.</summary>
    public IEnumerable<(SyntaxTree Tree, SyntaxToken Token)> FindReferences(Symbol symbol)
    {
        var trees = Compilation.SyntaxTrees.ToDictionary(t => (SyntaxNode)t.Root);
        return _references.Where(r => ReferenceEquals(r.Value, symbol))
            .Select(r => (Tree: trees[r.Key.Ancestors().Last()], Token: r.Key))
            .OrderBy(r => r.Tree.FilePath, StringComparer.Ordinal)
            .ThenBy(r => r.Token.Span.Start);
    }

    /// <summary>The tree and name token of <paramref name="symbol"/>'s declaration, or null for a built-in.</summary>
    public (SyntaxTree Tree, SyntaxToken Token)? FindDeclaration(Symbol symbol) =>
        symbol.NameToken is { } token && Compilation.SyntaxTrees.FirstOrDefault(t => ReferenceEquals(t.Root, token.Ancestors().LastOrDefault())) is { } tree
            ? (tree, token)
            : null;

    /// <summary>The type of the attribute a condition operand or product entry names, if it names one.</summary>
    public AttributeType? GetOperandType(NameSyntax operand) => (GetSymbol(operand.Identifier) as AttributeSymbol)?.Type;
}
