using CertLang.LanguageServer.Features.Diagnostics;
using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Semantics.CodeFixes;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.CodeActions;

/// <summary><c>textDocument/codeAction</c>: the quick fixes of the diagnostics in the range, as <see cref="CodeFixService"/> finds them.</summary>
internal sealed class CodeActionHandler(RequestRunner runner) : ILanguageFeature
{
    /// <summary>The kind of every action this server offers.</summary>
    public const string QuickFix = "quickfix";

    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { CodeActionProvider = new CodeActionOptions([QuickFix]) };

    /// <summary>The quick fixes of the document's diagnostics that touch the range.</summary>
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<CodeAction>> CodeActionAsync(CodeActionParams request, CancellationToken cancellationToken) =>
        runner.RunAsync<IReadOnlyList<CodeAction>>(request.TextDocument.Uri, (document, _) =>
        {
            if (request.Context.Only is { } only && !only.Any(kind => QuickFix.StartsWith(kind, StringComparison.Ordinal)))
            {
                return [];
            }

            var range = document.SpanOf(request.Range);
            return [.. document.Compilation.GetDiagnostics()
                .Where(d => d.Source.Path == document.Uri && d.Span.Start <= range.End && range.Start <= d.Span.End)
                .SelectMany(d => CodeFixService.GetFixes(document.Model, d).Select(fix => ToAction(fix, DiagnosticConverter.Convert(d))))];
        }, cancellationToken);

    private static CodeAction ToAction(CodeFix fix, Protocol.Diagnostic diagnostic) =>
        new(fix.Title, QuickFix, [diagnostic], fix.IsPreferred, WorkspaceEdits.Of(fix.Edits.Select(e => (e.Tree, e.Span, e.NewText))));
}
