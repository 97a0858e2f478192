using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/diagnostic</c> for a client that pulls diagnostics (and therefore is not pushed any).</summary>
public sealed class PullDiagnosticsTests
{
    private static readonly ClientCapabilities Pulling = new(TextDocument: new TextDocumentClientCapabilities(new DiagnosticClientCapabilities()));

    [Fact]
    public async Task A_pulling_client_gets_the_diagnostics_of_a_document_then_unchanged_until_an_edit()
    {
        await using var client = InProcessClient.Start();
        var initialized = await client.InitializeAsync(new InitializeParams(Environment.ProcessId, Capabilities: Pulling));
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(SamplePack.Uri, "certlang", 1, SamplePack.Text)));

        var first = await client.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new DocumentDiagnosticParams(new TextDocumentIdentifier(SamplePack.Uri)));
        var again = await client.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new DocumentDiagnosticParams(new TextDocumentIdentifier(SamplePack.Uri), first.ResultId));
        var insertT = new TextDocumentContentChangeEvent("t", new Protocol.Range(new Position(12, 34), new Position(12, 34)));
        await client.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(SamplePack.Uri, 2), [insertT]));
        var afterFix = await client.RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new DocumentDiagnosticParams(new TextDocumentIdentifier(SamplePack.Uri), first.ResultId));

        Assert.Equal(new DiagnosticOptions(InterFileDependencies: true, WorkspaceDiagnostics: false), initialized.Capabilities.DiagnosticProvider);
        Assert.Equal(("full", "CERT1001"), (first.Kind, Assert.Single(first.Items!).Code));
        Assert.Equal(("unchanged", first.ResultId, null), (again.Kind, again.ResultId, again.Items));
        Assert.Equal(("full", 0), (afterFix.Kind, afterFix.Items!.Count));
        Assert.False(client.Diagnostics.HasReceived);
    }

    [Fact]
    public async Task A_pushing_client_is_not_offered_pull_diagnostics()
    {
        await using var client = InProcessClient.Start();

        var initialized = await client.InitializeAsync(new InitializeParams(Environment.ProcessId));

        Assert.Null(initialized.Capabilities.DiagnosticProvider);
    }
}
