using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;

namespace CertLang.LanguageServer.Features.Symbols;

/// <summary>The symbols of every document of the workspace whose names match a query, each named with its container (a step's regime, a subcategory's parent, an enum member's attribute).</summary>
internal static class WorkspaceSymbolSearch
{
    /// <summary>The matching symbols, by document URI (ordinal) and then in outline order; each location is the symbol's name.</summary>
    public static IReadOnlyList<SymbolInformation> Search(DocumentWorkspace workspace, string query, CancellationToken cancellationToken)
    {
        var found = new List<SymbolInformation>();
        foreach (var (uri, document) in workspace.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Collect(uri, DocumentOutline.Build(document.Tree), container: null, query, found);
        }

        return found;
    }

    private static void Collect(string uri, IReadOnlyList<DocumentSymbol> symbols, string? container, string query, List<SymbolInformation> found)
    {
        foreach (var symbol in symbols)
        {
            if (SymbolQuery.Matches(symbol.Name, query))
            {
                found.Add(new SymbolInformation(symbol.Name, symbol.Kind, new Location(uri, symbol.SelectionRange), container));
            }

            Collect(uri, symbol.Children ?? [], symbol.Name, query, found);
        }
    }
}
