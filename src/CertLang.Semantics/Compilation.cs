using System.Collections.Immutable;
using CertLang.Semantics.Binding;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics;

/// <summary>
/// An immutable set of syntax trees (all <c>.cert</c> files of a pack) and what they mean. Replacing one tree gives a
/// new compilation that shares every other tree as it is (parsed once, with its parse diagnostics); binding the whole
/// pack is done once per compilation, on first use, and is thread-safe.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<BoundPack> _bound;

    private Compilation(ImmutableArray<SyntaxTree> trees)
    {
        SyntaxTrees = trees;
        _bound = new Lazy<BoundPack>(() => Binder.Bind(trees), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The trees, ordered by file path (ordinal), so that results never depend on the order files were found in.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>The pack declaration, if there is one.</summary>
    public PackSymbol? Pack => _bound.Value.Pack;

    /// <summary>The declared attributes (not the built-in <c>category</c> and <c>hs</c>), in declaration order.</summary>
    public ImmutableArray<AttributeSymbol> Attributes => _bound.Value.Attributes;

    /// <summary>Every category, parents before children, in declaration order.</summary>
    public ImmutableArray<CategorySymbol> Categories => _bound.Value.Categories;

    /// <summary>The markets, in declaration order.</summary>
    public ImmutableArray<MarketSymbol> Markets => _bound.Value.Markets;

    /// <summary>The regimes, in declaration order.</summary>
    public ImmutableArray<RegimeSymbol> Regimes => _bound.Value.Regimes;

    /// <summary>The tests, in declaration order.</summary>
    public ImmutableArray<TestSymbol> Tests => _bound.Value.Tests;

    /// <summary>Makes a compilation of <paramref name="trees"/>.</summary>
    public static Compilation Create(IEnumerable<SyntaxTree> trees) =>
        new([.. trees.OrderBy(t => t.FilePath, StringComparer.Ordinal)]);

    /// <summary>The same compilation with <paramref name="oldTree"/> replaced by <paramref name="newTree"/>.</summary>
    public Compilation ReplaceSyntaxTree(SyntaxTree oldTree, SyntaxTree newTree) =>
        SyntaxTrees.Contains(oldTree)
            ? Create(SyntaxTrees.Replace(oldTree, newTree))
            : throw new ArgumentException("the tree is not part of this compilation", nameof(oldTree));

    /// <summary>The same compilation with more trees.</summary>
    public Compilation AddSyntaxTrees(params IEnumerable<SyntaxTree> trees) => Create(SyntaxTrees.AddRange(trees));

    /// <summary>The same compilation without <paramref name="trees"/>.</summary>
    public Compilation RemoveSyntaxTrees(params IEnumerable<SyntaxTree> trees) => Create(SyntaxTrees.RemoveRange(trees));

    /// <summary>Every diagnostic, parse and semantic, ordered by file path and position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() =>
        [.. SyntaxTrees.SelectMany(t => t.Diagnostics).Concat(_bound.Value.Diagnostics)
            .OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)];

    /// <summary>The questions an editor asks about one tree of this compilation.</summary>
    public SemanticModel GetSemanticModel(SyntaxTree tree) =>
        SyntaxTrees.Contains(tree) ? new SemanticModel(this, tree, _bound.Value.References) : throw new ArgumentException("the tree is not part of this compilation", nameof(tree));
}
