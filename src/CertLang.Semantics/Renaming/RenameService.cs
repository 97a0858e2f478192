using System.Text;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Renaming;

/// <summary>Renames a declaration and every name that refers to it, across files, refusing a new name that is not a name or that would clash.</summary>
public static class RenameService
{
    /// <summary>The symbol that can be renamed at <paramref name="position"/> and the span of the name there, or null (nothing there, a built-in, or a test, which is named by a string).</summary>
    public static (Symbol Symbol, TextSpan Span)? FindRenameable(SemanticModel model, int position)
    {
        if (model.GetSymbolAt(position) is not { NameToken: not null, Kind: not SymbolKind.Test } symbol)
        {
            return null;
        }

        var token = model.SyntaxTree.Root.FindToken(position);
        if (model.GetSymbol(token) != symbol)
        {
            token = model.SyntaxTree.Root.FindToken(position - 1);
        }

        return (symbol, token.Span);
    }

    /// <summary>
    /// The locations to rewrite so that the symbol at <paramref name="position"/> is called <paramref name="newName"/>, or the
    /// refusal; a refusal names files by <paramref name="displayPath"/> of their trees' paths (the paths themselves without it).
    /// </summary>
    public static RenameResult Rename(SemanticModel model, int position, string newName, Func<string, string>? displayPath = null)
    {
        if (FindRenameable(model, position) is not var (symbol, _))
        {
            return RenameResult.Refused("there is nothing here that can be renamed");
        }

        if (!IsName(newName))
        {
            return RenameResult.Refused($"'{DisplayText.Safe(newName)}' is not a valid name");
        }

        if (Clash(model.Compilation, symbol, newName) is { } existing)
        {
            return RenameResult.Refused($"a {existing.Kind.ToString().ToLowerInvariant()} named '{DisplayText.Safe(newName)}' already exists{Where(model, existing, displayPath ?? (path => path))}");
        }

        var locations = model.FindReferences(symbol).Select(r => new RenameLocation(r.Tree, r.Token.Span)).ToList();
        return NewProblem(model.Compilation, locations, newName) is { } problem
            ? RenameResult.Refused($"renaming '{DisplayText.Safe(symbol.Name)}' to '{DisplayText.Safe(newName)}' would cause: {problem}")
            : new RenameResult(locations, null);
    }

    private static bool IsName(string text)
    {
        var probe = SyntaxTree.Parse($"market {text}");
        return probe.Diagnostics.IsEmpty && probe.Root.DescendantTokens().Count(t => t.Span.Length > 0) == 2;
    }

    private static Symbol? Clash(Compilation compilation, Symbol symbol, string newName) => symbol switch
    {
        StepSymbol step => step.Regime.Steps.FirstOrDefault(s => s.Name == newName && s != step),
        _ => SymbolsLike(compilation, symbol.Kind).FirstOrDefault(s => s.Name == newName && s != symbol),
    };

    private static IEnumerable<Symbol> SymbolsLike(Compilation compilation, SymbolKind kind) => kind switch
    {
        SymbolKind.Attribute => compilation.Attributes,
        SymbolKind.Category => compilation.Categories,
        SymbolKind.Market => compilation.Markets,
        SymbolKind.Regime => compilation.Regimes,
        _ => [],
    };

    /// <summary>The first error or warning the renamed compilation has that the original has not, if any: the clashes a name lookup cannot foresee.</summary>
    private static string? NewProblem(Compilation compilation, IReadOnlyList<RenameLocation> locations, string newName)
    {
        var renamed = locations.GroupBy(l => l.Tree).Aggregate(compilation, (c, edits) => c.ReplaceSyntaxTree(edits.Key, Rewrite(edits.Key, edits, newName)));
        var before = Problems(compilation).CountBy(d => d.Code).ToDictionary();
        var after = Problems(renamed).ToList();
        return after.CountBy(d => d.Code)
            .Where(c => c.Value > before.GetValueOrDefault(c.Key))
            .Select(c => after.First(d => d.Code == c.Key).Message)
            .FirstOrDefault();
    }

    private static IEnumerable<Syntax.Diagnostics.Diagnostic> Problems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity is Syntax.Diagnostics.DiagnosticSeverity.Error or Syntax.Diagnostics.DiagnosticSeverity.Warning);

    private static SyntaxTree Rewrite(SyntaxTree tree, IEnumerable<RenameLocation> locations, string newName)
    {
        var source = tree.Text.ToString();
        var text = new StringBuilder(source.Length);
        var copied = 0;
        foreach (var location in locations.OrderBy(l => l.Span.Start))
        {
            text.Append(source, copied, location.Span.Start - copied).Append(newName);
            copied = location.Span.End;
        }

        return SyntaxTree.Parse(text.Append(source, copied, source.Length - copied).ToString(), tree.FilePath);
    }

    private static string Where(SemanticModel model, Symbol symbol, Func<string, string> displayPath) =>
        model.FindDeclaration(symbol) is var (tree, token) ? $" ({DisplayText.Safe(displayPath(tree.FilePath))}:{tree.Text.GetLineIndex(token.Span.Start) + 1})" : "";
}
