using System.Collections.Immutable;
using CertLang.LanguageServer.Protocol;
using CertLang.Semantics;
using CertLang.Syntax;

namespace CertLang.LanguageServer.Workspace;

/// <summary>An immutable snapshot of the open documents, by URI, and their one compilation; an edit re-parses only its document.</summary>
internal sealed class DocumentWorkspace
{
    private DocumentWorkspace(ImmutableDictionary<string, SyntaxTree> documents, Compilation compilation)
    {
        Documents = documents;
        Compilation = compilation;
    }

    /// <summary>No open documents.</summary>
    public static DocumentWorkspace Empty { get; } = new(ImmutableDictionary<string, SyntaxTree>.Empty, Compilation.Create([]));

    /// <summary>The open documents' trees, by URI (each tree's path is its URI).</summary>
    public ImmutableDictionary<string, SyntaxTree> Documents { get; }

    /// <summary>The compilation of the open documents.</summary>
    public Compilation Compilation { get; }

    /// <summary>The workspace with the document at <paramref name="uri"/> opened with <paramref name="text"/>.</summary>
    public DocumentWorkspace Open(string uri, string text) => WithTree(uri, SyntaxTree.Parse(text, uri));

    /// <summary>The workspace with <paramref name="changes"/> applied in order to the open document at <paramref name="uri"/>.</summary>
    public DocumentWorkspace Change(string uri, IEnumerable<TextDocumentContentChangeEvent> changes) =>
        WithTree(uri, SyntaxTree.Parse(changes.Aggregate(Documents[uri].Text, TextChanges.Apply)));

    /// <summary>The workspace without the document at <paramref name="uri"/>.</summary>
    public DocumentWorkspace Close(string uri) =>
        Documents.TryGetValue(uri, out var tree) ? new(Documents.Remove(uri), Compilation.RemoveSyntaxTrees(tree)) : this;

    private DocumentWorkspace WithTree(string uri, SyntaxTree tree) =>
        new(Documents.SetItem(uri, tree), Documents.TryGetValue(uri, out var old) ? Compilation.ReplaceSyntaxTree(old, tree) : Compilation.AddSyntaxTrees(tree));
}
