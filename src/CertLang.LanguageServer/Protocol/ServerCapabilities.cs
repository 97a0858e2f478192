namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>ServerCapabilities</c>: what this server offers.</summary>
public sealed record ServerCapabilities
{
    /// <summary>How documents are synchronised.</summary>
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }

    /// <summary>Whether hover is offered.</summary>
    public bool HoverProvider { get; init; }

    /// <summary>Completion.</summary>
    public CompletionOptions? CompletionProvider { get; init; }

    /// <summary>Whether go-to-definition is offered.</summary>
    public bool DefinitionProvider { get; init; }

    /// <summary>Whether find-references is offered.</summary>
    public bool ReferencesProvider { get; init; }

    /// <summary>Rename, with prepareRename.</summary>
    public RenameOptions? RenameProvider { get; init; }

    /// <summary>Quick fixes.</summary>
    public CodeActionOptions? CodeActionProvider { get; init; }

    /// <summary>Whether inlay hints are offered.</summary>
    public bool InlayHintProvider { get; init; }

    /// <summary>Code lenses.</summary>
    public CodeLensOptions? CodeLensProvider { get; init; }

    /// <summary>The commands the server runs.</summary>
    public ExecuteCommandOptions? ExecuteCommandProvider { get; init; }

    /// <summary>Pull diagnostics, when the client supports them.</summary>
    public DiagnosticOptions? DiagnosticProvider { get; init; }

    /// <summary>Whether the document outline is offered.</summary>
    public bool DocumentSymbolProvider { get; init; }

    /// <summary>Whether symbol search across the workspace is offered.</summary>
    public bool WorkspaceSymbolProvider { get; init; }

    /// <summary>The semantic token legend, and which requests are served.</summary>
    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    /// <summary>Whether whole-document formatting is offered.</summary>
    public bool DocumentFormattingProvider { get; init; }

    /// <summary>Whether folding ranges are offered.</summary>
    public bool FoldingRangeProvider { get; init; }
}
