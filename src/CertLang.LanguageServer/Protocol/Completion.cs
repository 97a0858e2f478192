namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>CompletionList</c>, the answer to <c>textDocument/completion</c>.</summary>
public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

/// <summary>LSP <c>CompletionItem</c>: a label to insert, its kind, a detail and the order to sort it in.</summary>
public sealed record CompletionItem(string Label, CompletionItemKind Kind, string SortText, string? Detail = null);

/// <summary>LSP <c>CompletionOptions</c>.</summary>
public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);

/// <summary>LSP <c>CompletionItemKind</c> (the kinds this server uses).</summary>
public enum CompletionItemKind
{
    /// <summary>A function (a step).</summary>
    Function = 3,

    /// <summary>A class (a category).</summary>
    Class = 7,

    /// <summary>A module (a market).</summary>
    Module = 9,

    /// <summary>A property (an attribute).</summary>
    Property = 10,

    /// <summary>A unit.</summary>
    Unit = 11,

    /// <summary>A keyword.</summary>
    Keyword = 14,

    /// <summary>An enum member.</summary>
    EnumMember = 20,

    /// <summary>A struct (a regime).</summary>
    Struct = 22,

    /// <summary>A type parameter (an attribute type).</summary>
    TypeParameter = 25,
}
