using BenchmarkDotNet.Attributes;
using CertLang.LanguageServer;
using CertLang.LanguageServer.Protocol;
using CertLang.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;
using LspRange = CertLang.LanguageServer.Protocol.Range;

namespace CertLang.Benchmarks;

/// <summary>
/// The language server as an editor uses it, over the protocol (an in-process duplex pipe, so that the figures are the
/// server's and not a process boundary's), with the whole example pack open: a hover, a completion, the semantic tokens
/// of the largest file, and a keystroke followed by a hover (re-parse of the edited file, re-bind, answer).
/// </summary>
[MemoryDiagnoser]
public class LanguageServerBenchmarks
{
    private const string EditedFile = "markets/eu.cert";
    private JsonRpc _client = null!;
    private Stream _clientStream = null!;
    private Task<int> _server = null!;
    private TextDocumentPositionParams _onRegimeName = null!;
    private TextDocumentPositionParams _afterWhere = null!;
    private int _version = 1;

    [GlobalSetup]
    public void Setup()
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        _clientStream = clientStream;
        _server = Task.Run(() => new CertLangLanguageServer(serverStream, serverStream, NullLoggerFactory.Instance).RunAsync());
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspJson.CreateFormatter()));
        _client.StartListening();
        _client.InvokeWithParameterObjectAsync<InitializeResult>("initialize", new InitializeParams(Environment.ProcessId)).GetAwaiter().GetResult();
        _client.NotifyWithParameterObjectAsync("initialized", new InitializedParams()).GetAwaiter().GetResult();
        foreach (var file in RepositoryPaths.ExampleFiles())
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file));
            _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri(file), "certlang", 1, text))).GetAwaiter().GetResult();
        }

        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Examples, EditedFile));
        var regimeLine = Array.FindIndex(lines, l => l.StartsWith("regime ", StringComparison.Ordinal));
        var whereLine = Array.FindIndex(lines, l => l.Contains(" where ", StringComparison.Ordinal));
        _onRegimeName = new TextDocumentPositionParams(new TextDocumentIdentifier(Uri(EditedFile)), new Position(regimeLine, 8));
        _afterWhere = new TextDocumentPositionParams(new TextDocumentIdentifier(Uri(EditedFile)), new Position(whereLine, lines[whereLine].IndexOf(" where ", StringComparison.Ordinal) + 7));
        Hover().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _clientStream.Dispose();
        _server.GetAwaiter().GetResult();
    }

    /// <summary>Hover over a regime's name.</summary>
    [Benchmark]
    public Task<Hover?> Hover() => _client.InvokeWithParameterObjectAsync<Hover?>("textDocument/hover", _onRegimeName);

    /// <summary>Completion right after <c>where</c>: the attributes.</summary>
    [Benchmark]
    public Task<CompletionList> Completion() => _client.InvokeWithParameterObjectAsync<CompletionList>("textDocument/completion", _afterWhere);

    /// <summary>The semantic tokens of the whole file.</summary>
    [Benchmark]
    public Task<SemanticTokens> SemanticTokensFull() =>
        _client.InvokeWithParameterObjectAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(Uri(EditedFile))));

    /// <summary>A keystroke (a space typed at the end of the first line, or removed again) and then a hover on the new snapshot.</summary>
    [Benchmark]
    public async Task<Hover?> KeystrokeThenHover()
    {
        var version = ++_version;
        var change = version % 2 == 0
            ? new TextDocumentContentChangeEvent(" ", new LspRange(new Position(0, 0), new Position(0, 0)))
            : new TextDocumentContentChangeEvent("", new LspRange(new Position(0, 0), new Position(0, 1)));
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri(EditedFile), version), [change]));
        return await Hover();
    }

    private static string Uri(string file) => new Uri(Path.Combine(RepositoryPaths.Examples, file)).AbsoluteUri;
}
