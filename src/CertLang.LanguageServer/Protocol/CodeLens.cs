namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>CodeLensParams</c>, of <c>textDocument/codeLens</c>.</summary>
public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP <c>CodeLens</c>: a command shown above a range.</summary>
public sealed record CodeLens(Range Range, Command Command);

/// <summary>LSP <c>Command</c>: a title and the command it runs, with its arguments.</summary>
public sealed record Command(string Title, string CommandName, IReadOnlyList<object> Arguments)
{
    /// <summary>The command's identifier (<c>command</c> in JSON).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("command")]
    public string CommandName { get; init; } = CommandName;
}

/// <summary>LSP <c>CodeLensOptions</c>.</summary>
public sealed record CodeLensOptions(bool ResolveProvider);
