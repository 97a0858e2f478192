using System.Collections.Immutable;
using CertLang.LanguageServer.Protocol;
using CertLang.Semantics;
using CertLang.Syntax;

namespace CertLang.LanguageServer.Workspace;

/// <summary>
/// An immutable snapshot of the workspace: the <c>.cert</c> files read from disk and the documents open in the editor, by URI,
/// as one compilation in which an open document overrides its file on disk. An edit re-parses only its document.
/// </summary>
internal sealed class DocumentWorkspace
{
    private readonly ImmutableDictionary<string, WorkspaceDocument> _disk;
    private readonly ImmutableDictionary<string, WorkspaceDocument> _open;

    private DocumentWorkspace(ImmutableDictionary<string, WorkspaceDocument> disk, ImmutableDictionary<string, WorkspaceDocument> open, Compilation compilation, long generation)
    {
        _disk = disk;
        _open = open;
        Compilation = compilation;
        Generation = generation;
    }

    /// <summary>No documents.</summary>
    public static DocumentWorkspace Empty { get; } = new(
        ImmutableDictionary.Create<string, WorkspaceDocument>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, WorkspaceDocument>(StringComparer.Ordinal),
        Compilation.Create([]),
        0);

    /// <summary>The compilation of every document (open ones as edited).</summary>
    public Compilation Compilation { get; }

    /// <summary>Counts the edits that made this snapshot.</summary>
    public long Generation { get; }

    /// <summary>The URIs of the documents open in the editor.</summary>
    public IEnumerable<string> OpenUris => _open.Keys;

    /// <summary>Every document of the compilation, by URI, in ordinal order.</summary>
    public IEnumerable<(string Uri, WorkspaceDocument Document)> Documents =>
        _disk.Keys.Union(_open.Keys).Order(StringComparer.Ordinal).Select(uri => (uri, Find(uri)!));

    /// <summary>The document at <paramref name="uri"/>, open or on disk, or null.</summary>
    public WorkspaceDocument? Find(string uri) => _open.GetValueOrDefault(uri) ?? _disk.GetValueOrDefault(uri);

    /// <summary>The workspace with the document at <paramref name="uri"/> opened with <paramref name="text"/>.</summary>
    public DocumentWorkspace Open(string uri, string text) => WithOpen(uri, SyntaxTree.Parse(text, uri));

    /// <summary>The workspace with <paramref name="changes"/> applied in order to the open document at <paramref name="uri"/>.</summary>
    public DocumentWorkspace Change(string uri, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var document = _open.GetValueOrDefault(uri) ?? throw new InvalidOperationException($"didChange for {uri}, which is not open");
        return WithOpen(uri, SyntaxTree.Parse(changes.Aggregate(document.Tree.Text, TextChanges.Apply)));
    }

    /// <summary>The workspace without the open document at <paramref name="uri"/>; its file on disk, if any, counts again.</summary>
    public DocumentWorkspace Close(string uri) =>
        _open.ContainsKey(uri) ? Rebuild(uri, _disk, _open.Remove(uri)) : this;

    /// <summary>The workspace with the file at <paramref name="uri"/> read from disk as <paramref name="text"/>.</summary>
    public DocumentWorkspace SetDiskFile(string uri, string text) => WithDiskTree(uri, SyntaxTree.Parse(text, uri));

    /// <summary>The workspace with <paramref name="files"/> read from disk, parsed in parallel; files already known are replaced.</summary>
    public DocumentWorkspace AddDiskFiles(IReadOnlyList<(string Uri, string Text)> files)
    {
        var parsed = files.AsParallel().AsOrdered().Select(f => (f.Uri, Tree: SyntaxTree.Parse(f.Text, f.Uri))).ToList();
        return parsed.Where(f => Find(f.Uri) is not null).Aggregate(this, (workspace, f) => workspace.WithDiskTree(f.Uri, f.Tree))
            .WithNewDiskTrees(parsed.Where(f => Find(f.Uri) is null).ToList());
    }

    /// <summary>The workspace without the file at <paramref name="uri"/> on disk.</summary>
    public DocumentWorkspace RemoveDiskFile(string uri) =>
        _disk.ContainsKey(uri) ? Rebuild(uri, _disk.Remove(uri), _open) : this;

    private DocumentWorkspace WithNewDiskTrees(IReadOnlyList<(string Uri, SyntaxTree Tree)> files) =>
        files.Count == 0 ? this : new DocumentWorkspace(
            _disk.SetItems(files.Select(f => KeyValuePair.Create(f.Uri, new WorkspaceDocument(f.Tree, Generation + 1)))),
            _open,
            Compilation.AddSyntaxTrees(files.Select(f => f.Tree)),
            Generation + 1);

    private DocumentWorkspace WithDiskTree(string uri, SyntaxTree tree) =>
        Rebuild(uri, _disk.SetItem(uri, new WorkspaceDocument(tree, Generation + 1)), _open);

    private DocumentWorkspace WithOpen(string uri, SyntaxTree tree) =>
        Rebuild(uri, _disk, _open.SetItem(uri, new WorkspaceDocument(tree, Generation + 1)));

    private DocumentWorkspace Rebuild(string uri, ImmutableDictionary<string, WorkspaceDocument> disk, ImmutableDictionary<string, WorkspaceDocument> open)
    {
        var before = Find(uri)?.Tree;
        var after = (open.GetValueOrDefault(uri) ?? disk.GetValueOrDefault(uri))?.Tree;
        var compilation = (before, after) switch
        {
            (null, null) => Compilation,
            (null, { } added) => Compilation.AddSyntaxTrees(added),
            ({ } removed, null) => Compilation.RemoveSyntaxTrees(removed),
            ({ } old, { } replacement) => ReferenceEquals(old, replacement) ? Compilation : Compilation.ReplaceSyntaxTree(old, replacement),
        };
        return new DocumentWorkspace(disk, open, compilation, Generation + 1);
    }
}
