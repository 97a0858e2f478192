using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Binding;

/// <summary>
/// Binds the syntax trees of a pack into symbols and checked conditions, reporting every semantic diagnostic
/// (docs/diagnostics.md; the rules in docs/language.md, "Meaning"). Runs once per compilation; the partial files each
/// bind one area of the language.
/// </summary>
internal sealed partial class Binder
{
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly Dictionary<CompilationUnitSyntax, SourceText> _sources = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<SyntaxToken, Symbol> _references = [];

    private readonly List<PackSymbol> _packs = [];
    private readonly Dictionary<string, AttributeSymbol> _attributes = new(StringComparer.Ordinal)
    {
        [AttributeSymbol.Category.Name] = AttributeSymbol.Category,
        [AttributeSymbol.Hs.Name] = AttributeSymbol.Hs,
    };

    /// <summary>Attributes not declared because their type is unknown (reported once, at the type, not again at each use).</summary>
    private readonly HashSet<string> _untypedAttributes = new(StringComparer.Ordinal);

    private readonly Dictionary<string, CategorySymbol> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MarketSymbol> _markets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegimeSymbol> _regimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TestSymbol> _tests = new(StringComparer.Ordinal);

    private Binder(ImmutableArray<SyntaxTree> trees)
    {
        _trees = trees;
        foreach (var tree in trees)
        {
            _sources[tree.Root] = tree.Text;
        }
    }

    /// <summary>Binds <paramref name="trees"/> (in the order given) into a model and its diagnostics.</summary>
    public static BoundPack Bind(ImmutableArray<SyntaxTree> trees)
    {
        var binder = new Binder(trees);
        binder.BindAll();
        return binder.Result();
    }

    private void BindAll()
    {
        foreach (var tree in _trees)
        {
            DeclareTopLevel(tree.Root);
        }

        CheckPackCount();
        var regimeSyntax = _trees.SelectMany(t => t.Root.Declarations.OfType<RegimeDeclarationSyntax>()).ToList();
        foreach (var syntax in regimeSyntax)
        {
            DeclareRegime(syntax);
        }

        foreach (var regime in _regimes.Values)
        {
            BindRegime(regime);
        }

        foreach (var regime in _regimes.Values)
        {
            BindRegimeLinks(regime);
        }

        ReportRegimeCycles();
        foreach (var test in _trees.SelectMany(t => t.Root.Declarations.OfType<TestDeclarationSyntax>()))
        {
            BindTest(test);
        }

        ReportUnused();
    }

    private BoundPack Result() => new(
        _packs.FirstOrDefault(),
        Ordered(_attributes.Values.Where(a => !a.IsBuiltIn)),
        Ordered(_categories.Values),
        Ordered(_markets.Values),
        Ordered(_regimes.Values),
        Ordered(_tests.Values),
        [.. _diagnostics],
        _references.ToImmutableDictionary());

    /// <summary>Symbols in the order of their declarations: by file, then by position.</summary>
    private ImmutableArray<T> Ordered<T>(IEnumerable<T> symbols)
        where T : Symbol
    {
        var fileIndex = _trees.Select((tree, index) => (tree.Root, index)).ToDictionary(p => p.Root, p => p.index);
        return [.. symbols.OrderBy(s => fileIndex[(CompilationUnitSyntax)s.Declaration!.Ancestors().Last()]).ThenBy(s => s.Declaration!.Span.Start)];
    }

    // ------------------------------------------------------------------ reporting

    private void Report(SyntaxElement at, DiagnosticMessage message) => _diagnostics.Add(message.At(SourceOf(at), at.Span));

    private SourceText SourceOf(SyntaxElement element)
    {
        var node = element as SyntaxNode ?? element.Parent!;
        var root = node.Ancestors().LastOrDefault() ?? node;
        return _sources[(CompilationUnitSyntax)root];
    }

    private void Reference(SyntaxToken token, Symbol symbol) => _references[token] = symbol;

    /// <summary>Whether the parser reported a problem inside <paramref name="node"/>, so that the binder does not report it again.</summary>
    private bool HasSyntaxErrors(SyntaxNode node)
    {
        var root = node.Ancestors().Last();
        return _trees.First(t => t.Root == root).Diagnostics.Any(d => node.FullSpan.Contains(d.Span.Start));
    }

    /// <summary>Reports a second declaration of a name; returns whether <paramref name="name"/> was free.</summary>
    private bool Declare<T>(Dictionary<string, T> table, SyntaxToken name, T symbol)
        where T : Symbol
    {
        if (name.IsMissing)
        {
            return false;
        }

        if (table.TryGetValue(symbol.Name, out var existing))
        {
            Report(name, SemanticDiagnostics.DeclaredTwice(symbol, DeclaredAt(existing)));
            return false;
        }

        table[symbol.Name] = symbol;
        Reference(name, symbol);
        return true;
    }

    /// <summary>Where <paramref name="symbol"/> is declared: its file and the start of its name; null when it is built in.</summary>
    private (string Path, LinePosition Start)? DeclaredAt(Symbol symbol)
    {
        if (symbol.NameToken is not { } token)
        {
            return null;
        }

        var source = SourceOf(token);
        return (source.Path, source.GetLinePosition(token.Span.Start));
    }
}
