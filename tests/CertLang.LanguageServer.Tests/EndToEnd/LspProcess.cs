using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>
/// The real <c>certc lsp</c>, started as a process the way an editor starts it: exact bytes to its standard input, the framed
/// messages of its standard output as JSON (or a typed <see cref="JsonRpc"/> client instead), its standard error captured.
/// Every wait gives up after <see cref="Timeout"/>; disposing kills the process if it is still running.
/// </summary>
internal sealed class LspProcess : IAsyncDisposable
{
    /// <summary>How long any wait lasts before the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly JsonSerializerOptions ProtocolJson = LspJson.CreateFormatter().JsonSerializerOptions;

    private readonly Process _process;
    private readonly List<JsonObject> _received = [];
    private readonly List<string> _errorLines = [];
    private readonly Channel<string> _newErrorLines = Channel.CreateUnbounded<string>();
    private readonly HashSet<JsonObject> _returned = [];
    private readonly Channel<JsonObject> _arrived = Channel.CreateUnbounded<JsonObject>();
    private readonly Task _errorReader;
    private Task? _messageReader;
    private JsonRpc? _rpc;

    private LspProcess(Process process)
    {
        _process = process;
        _errorReader = Task.Run(ReadStandardErrorAsync);
    }

    /// <summary>Every message read so far, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Everything the server wrote to standard error so far.</summary>
    public string StandardError
    {
        get
        {
            lock (_errorLines)
            {
                return string.Join('\n', _errorLines);
            }
        }
    }

    /// <summary>Starts <c>dotnet certc.dll lsp</c>.</summary>
    public static LspProcess Start()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "certc.dll"));
        start.ArgumentList.Add("lsp");
        return new LspProcess(Process.Start(start)!);
    }

    /// <summary>A typed client over the process's standard input and output (then the raw reading methods are not available).</summary>
    public JsonRpc AttachJsonRpc()
    {
        if (_messageReader is not null)
        {
            throw new InvalidOperationException("the output is already read raw");
        }

        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(_process.StandardInput.BaseStream, _process.StandardOutput.BaseStream, LspJson.CreateFormatter()));
        _rpc.StartListening();
        return _rpc;
    }

    /// <summary>Writes <paramref name="bytes"/> to the server's standard input as they are.</summary>
    public async Task WriteRawAsync(byte[] bytes)
    {
        var input = _process.StandardInput.BaseStream;
        await input.WriteAsync(bytes);
        await input.FlushAsync();
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8) to the server's standard input as it is.</summary>
    public Task WriteRawAsync(string text) => WriteRawAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes <paramref name="message"/> framed with its correct Content-Length.</summary>
    public Task SendAsync(JsonObject message) => WriteRawAsync(Frame(message.ToJsonString()));

    /// <summary>Sends a request and returns its response (result or error).</summary>
    public async Task<JsonObject> RequestAsync(int id, string method, object? parameters = null)
    {
        await SendAsync(Message(id, method, parameters));
        return await ResponseAsync(id);
    }

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, object? parameters = null) => SendAsync(Message(null, method, parameters));

    /// <summary>The response to the request <paramref name="id"/> (null: a response with the id <c>null</c>).</summary>
    public Task<JsonObject> ResponseAsync(int? id) =>
        ReceiveAsync(m => m.ContainsKey("id") && !m.ContainsKey("method") && m["id"]?.GetValue<int>() == id, $"the response to request {id?.ToString() ?? "null"}");

    /// <summary>The first message, in arrival order, that <paramref name="matches"/> and that no earlier call returned; waits for it.</summary>
    public async Task<JsonObject> ReceiveAsync(Func<JsonObject, bool> matches, string description)
    {
        _messageReader ??= _rpc is null ? Task.Run(ReadMessagesAsync) : throw new InvalidOperationException("the output is read by the typed client");
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                lock (_received)
                {
                    if (_received.FirstOrDefault(m => !_returned.Contains(m) && matches(m)) is { } found)
                    {
                        _returned.Add(found);
                        return found;
                    }
                }

                if (!await _arrived.Reader.WaitToReadAsync(timeout.Token))
                {
                    throw new TimeoutException($"the output ended without {description}; received: {ReceivedText()}; stderr: {StandardError}");
                }

                while (_arrived.Reader.TryRead(out _))
                {
                }
            }
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"no {description} within {Timeout.TotalSeconds} s; received: {ReceivedText()}; stderr: {StandardError}", e);
        }
    }

    /// <summary>Waits until the server wrote a line containing <paramref name="text"/> to standard error, and returns that line.</summary>
    public async Task<string> StandardErrorLineAsync(string text)
    {
        if (StandardError.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } written)
        {
            return written;
        }

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var line = await _newErrorLines.Reader.ReadAsync(timeout.Token);
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"no line with '{text}' on stderr within {Timeout.TotalSeconds} s; stderr: {StandardError}", e);
        }
    }

    /// <summary>Closes the server's standard input.</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"certc lsp still runs after {Timeout.TotalSeconds} s; stderr: {StandardError}", e);
        }

        return _process.ExitCode;
    }

    /// <summary>Sends <c>initialize</c> and <c>initialized</c>, then opens <paramref name="text"/> at <paramref name="uri"/>.</summary>
    public async Task OpenAsync(string uri, string text)
    {
        var initialize = await RequestAsync(0, "initialize", new InitializeParams(Environment.ProcessId));
        Assert.True(initialize.ContainsKey("result"), initialize.ToJsonString());
        await NotifyAsync("initialized", new InitializedParams());
        await NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "certlang", 1, text)));
    }

    /// <summary><paramref name="body"/> with its LSP header; <paramref name="contentLength"/> overrides the true length.</summary>
    public static byte[] Frame(string body, int? contentLength = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {contentLength ?? bytes.Length}\r\n\r\n"), .. bytes];
    }

    /// <summary>A JSON-RPC request (with <paramref name="id"/>) or notification (without), its parameters in the protocol's JSON shape.</summary>
    public static JsonObject Message(int? id, string method, object? parameters = null)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0" };
        if (id is { } value)
        {
            message["id"] = value;
        }

        message["method"] = method;
        if (parameters is not null)
        {
            message["params"] = JsonSerializer.SerializeToNode(parameters, parameters.GetType(), ProtocolJson);
        }

        return message;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _rpc?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().WaitAsync(Timeout);
        await Task.WhenAll(_messageReader ?? Task.CompletedTask, _errorReader).WaitAsync(Timeout);
        _process.Dispose();
    }

    /// <summary>Every message received so far, as JSON text.</summary>
    private string ReceivedText() => string.Join(", ", Received.Select(m => m.ToJsonString()));

    /// <summary>Reads the server's framed messages into <see cref="Received"/> until its output ends.</summary>
    private async Task ReadMessagesAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadHeaderAsync(output) is { } length)
            {
                var body = new byte[length];
                await output.ReadExactlyAsync(body);
                var message = JsonNode.Parse(body)!.AsObject();
                lock (_received)
                {
                    _received.Add(message);
                }

                _arrived.Writer.TryWrite(message);
            }
        }
        finally
        {
            _arrived.Writer.TryComplete();
        }
    }

    /// <summary>The Content-Length of the next frame, or null at the end of the output.</summary>
    private static async Task<int?> ReadHeaderAsync(Stream output)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await output.ReadAsync(one) == 0)
            {
                return null;
            }

            header.Append((char)one[0]);
        }

        var line = header.ToString().Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.Ordinal));
        return int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the server's standard error line by line until it ends.</summary>
    private async Task ReadStandardErrorAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_errorLines)
            {
                _errorLines.Add(line);
            }

            _newErrorLines.Writer.TryWrite(line);
        }

        _newErrorLines.Writer.TryComplete();
    }
}
