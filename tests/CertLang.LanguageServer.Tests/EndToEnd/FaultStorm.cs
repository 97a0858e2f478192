using System.Globalization;
using System.Text;
using static CertLang.LanguageServer.Tests.EndToEnd.LspProcess;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>
/// A deterministic (seeded) storm of faults mixed with valid traffic, aimed at one open document: the exact bytes of each step,
/// and the text the document must have after them (the edits the server must apply, applied here the way LSP defines them).
/// Each fault is counted by kind.
/// </summary>
internal sealed class FaultStorm(int seed, string uri, string text)
{
    private static readonly string[] Snippets =
    [
        "x", " ", "\n", "rated_volage", "rated_voltage", "// comment\n", "regime", "{", "}", "\"", "kettle", "12 V", "\t",
        "\u0000", "\u0001", "\u001b[31m", "\u007f", "\u2028", "\ud800", "\udc00", "\ud83d\ude00", "é",
    ];

    private static readonly string[] WrongShapes =
    [
        """{"jsonrpc":"2.0","id":7}""", "[1,2]", "\"text\"", "null", "42", """{"jsonrpc":"1.0","method":"textDocument/hover"}""",
        """{"jsonrpc":"2.0","method":5}""", """{"jsonrpc":"2.0","id":{},"method":"textDocument/hover"}""", "{}",
        """{"jsonrpc":"2.0","id":8,"result":1,"error":{"code":1,"message":"both"}}""",
    ];

    private static readonly string[] PositionMethods = ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/prepareRename"];

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, int> _faults = [];
    private readonly string _hugeLine = "// " + new string('h', 1024 * 1024) + "\n";
    private int _nextId = 1000;
    private string _textBeforeHugeLine = "";

    /// <summary>The text the document must have after the steps generated so far (line breaks only <c>\n</c>).</summary>
    public string Text { get; private set; } = text.ReplaceLineEndings("\n");

    /// <summary>How many faults of each kind the steps so far injected.</summary>
    public IReadOnlyDictionary<string, int> FaultsByKind => _faults;

    /// <summary>How many faults the steps so far injected.</summary>
    public int Faults => _faults.Values.Sum();

    /// <summary><paramref name="count"/> steps, each the bytes to write; faults and valid traffic about half and half.</summary>
    public IEnumerable<byte[]> Steps(int count)
    {
        for (var step = 0; step < count; step++)
        {
            if (step == count / 4)
            {
                _textBeforeHugeLine = Text;
                yield return Fault("1 MB line in the document", ValidEdit(Text.Length, Text.Length, _hugeLine));
            }
            else if (step == count / 4 + 20)
            {
                Text = _textBeforeHugeLine;
                yield return Frame(DidChange(null, Text));
            }
            else if (step == count / 3)
            {
                yield return Fault("50 MB body that is not JSON", Frame(new string('x', 50 * 1024 * 1024)));
            }
            else
            {
                yield return _random.Next(2) == 0 ? ValidTraffic() : RandomFault();
            }
        }
    }

    /// <summary>The next request id, never used before.</summary>
    public int NextId() => _nextId++;

    /// <summary>A <c>didOpen</c> of <paramref name="text"/> at <paramref name="documentUri"/>, its text escaped as <see cref="JsonString"/> does.</summary>
    public static string DidOpen(string documentUri, string text) => Notification("textDocument/didOpen",
        $$$"""{"textDocument":{"uri":{{{JsonString(documentUri)}}},"languageId":"certlang","version":1,"text":{{{JsonString(text)}}}}}""");

    /// <summary>A JSON string literal of <paramref name="value"/>, lone surrogates and control characters escaped.</summary>
    public static string JsonString(string value)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in value)
        {
            literal.Append(c is < ' ' or '"' or '\\' or '\u007f' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c);
        }

        return literal.Append('"').ToString();
    }

    private byte[] ValidTraffic() => _random.Next(3) switch
    {
        0 => Frame(Request(PositionMethods[_random.Next(PositionMethods.Length)], PositionParams(RandomPosition()))),
        1 => Frame(Request(_random.Next(2) == 0 ? "textDocument/documentSymbol" : "textDocument/foldingRange", TextDocument(uri))),
        _ => RandomValidEdit(),
    };

    private byte[] RandomValidEdit()
    {
        var start = _random.Next(Text.Length + 1);
        var end = Math.Min(Text.Length, start + _random.Next(_random.Next(3) == 0 ? 30 : 1));
        var inserted = string.Concat(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Snippets[_random.Next(Snippets.Length)]));
        var edit = ValidEdit(start, end, inserted);
        return inserted.Any(c => char.IsControl(c) && c != '\n' || char.IsSurrogate(c)) ? Fault("control characters or surrogates in the text", edit) : edit;
    }

    private byte[] ValidEdit(int start, int end, string inserted)
    {
        var range = Range(PositionOf(start), PositionOf(end));
        Text = string.Concat(Text.AsSpan(0, start), inserted, Text.AsSpan(end));
        return Frame(DidChange(range, inserted));
    }

    private byte[] RandomFault()
    {
        switch (_random.Next(16))
        {
            case 0:
                return Fault("letters without a header", Encoding.ASCII.GetBytes(new string((char)('a' + _random.Next(26)), _random.Next(10, 100 * 1024))));
            case 1:
                return Fault("body that is not JSON", Frame(new string('y', _random.Next(1, 2 * 1024 * 1024))));
            case 2:
                var refused = DidChange(Range((0, 0), (0, 0)), "REFUSED");
                return Fault("header ended by \\n\\n", Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(refused)}\n\n{refused}"));
            case 3:
                return Fault("Content-Length beyond the limit", Encoding.UTF8.GetBytes($"Content-Length: {_random.NextInt64(64L * 1024 * 1024 + 1, long.MaxValue)}\r\n\r\n{DidChange(Range((0, 0), (0, 0)), "REFUSED")}"));
            case 4:
                return Fault("malformed header", Encoding.UTF8.GetBytes(_random.Next(3) switch
                {
                    0 => "Content-Length: twelve\r\n\r\n{}",
                    1 => "Content-Type: application/json\r\n\r\n{}",
                    _ => "Content-Length : 2\r\nBad Header\r\n\r\n{}",
                }));
            case 5:
                var cut = DidChange(Range((0, 0), (0, 0)), "REFUSED");
                var bytes = Encoding.UTF8.GetBytes(cut);
                return Fault("Content-Length shorter than the body", [.. Encoding.ASCII.GetBytes($"Content-Length: {_random.Next(bytes.Length)}\r\n\r\n"), .. bytes]);
            case 6:
                var request = Request("textDocument/hover", PositionParams((0, 0)));
                return Fault("truncated JSON", Frame(request[..(_random.Next(1, request.Length - 1))]));
            case 7:
                return Fault("not a JSON-RPC message", Frame(WrongShapes[_random.Next(WrongShapes.Length)]));
            case 8:
                return Fault("unknown method", Frame(_random.Next(2) == 0 ? Request("certlang/noSuch" + _random.Next(100), "{}") : Notification("$/noSuch", "{}")));
            case 9:
                return Fault("parameters of the wrong shape", Frame(_random.Next(4) switch
                {
                    0 => Request(PositionMethods[_random.Next(PositionMethods.Length)], "[1,2]"),
                    1 => Request("textDocument/rename", $$"""{"textDocument":{"uri":{{JsonString(uri)}}},"position":"here","newName":5}"""),
                    2 => Notification("textDocument/didChange", $$"""{"textDocument":{"uri":{{JsonString(uri)}}},"contentChanges":[{"text":5}]}"""),
                    _ => Request("textDocument/hover", """{"textDocument":{"uri":"x"},"position":{"line":1e30,"character":0}}"""),
                }));
            case 10:
                return Fault("stray or duplicate answer", Frame(_random.Next(3) switch
                {
                    0 => $$"""{"jsonrpc":"2.0","id":{{_random.Next(100000)}},"result":null}""",
                    1 => $$$"""{"jsonrpc":"2.0","id":"s{{{_random.Next(100)}}}","error":{"code":-32601,"message":"no"}}""",
                    _ => """{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error"}}""",
                }));
            case 11:
                return Fault("$/cancelRequest for an unknown id", Frame(Notification("$/cancelRequest", $$"""{"id":{{_random.Next(100000, 200000)}}}""")));
            case 12:
                return Fault("didChange with a negative or reversed range", Frame(DidChangeMany(
                    [(Range((0, 0), (0, 0)), "REFUSED"), (_random.Next(2) == 0 ? Range((-1, 0), (0, 0)) : Range((1, 0), (0, 0)), "REFUSED")])));
            case 13:
                return Fault("didChange with a range past the end", PastTheEndEdit());
            case 14:
                var unknown = "file:///work/unknown-" + _random.Next(10) + ".cert";
                return Fault("didChange or didClose of an unknown document", Frame(_random.Next(2) == 0
                    ? Notification("textDocument/didChange", $$"""{"textDocument":{"uri":{{JsonString(unknown)}},"version":1},"contentChanges":[{"text":{{JsonString(_hugeLine)}}}]}""")
                    : Notification("textDocument/didClose", TextDocument(unknown))));
            default:
                (long Line, long Character)[] absurd = [(int.MaxValue, int.MaxValue), (-5, 3), (1_000_000, 0), (0, int.MaxValue), (3, -1)];
                var position = absurd[_random.Next(absurd.Length)];
                return Fault("request at an absurd position", Frame(_random.Next(2) == 0
                    ? Request(PositionMethods[_random.Next(PositionMethods.Length)], PositionParams(position))
                    : Request("textDocument/rename", $$"""{"textDocument":{"uri":{{JsonString(uri)}}},"position":{{Position(position)}},"newName":"z"}""")));
        }
    }

    /// <summary>An edit at a position past the end of a line or of the text: the line's end, or the text's end, as LSP clamps it.</summary>
    private byte[] PastTheEndEdit()
    {
        var lines = Text.Split('\n');
        var line = _random.Next(lines.Length + 3);
        var character = int.MaxValue - _random.Next(1000);
        var offset = line >= lines.Length ? Text.Length : lines.Take(line).Sum(l => l.Length + 1) + lines[line].Length;
        Text = Text.Insert(offset, "P");
        return Frame(DidChange(Range((line, character), (line, character)), "P"));
    }

    private byte[] Fault(string kind, byte[] bytes)
    {
        _faults[kind] = _faults.GetValueOrDefault(kind) + 1;
        return bytes;
    }

    private (long Line, long Character) PositionOf(int offset)
    {
        var before = Text.AsSpan(0, offset);
        var line = before.Count('\n');
        return (line, offset - (before.LastIndexOf('\n') + 1));
    }

    private (long Line, long Character) RandomPosition() => PositionOf(_random.Next(Text.Length + 1));

    private string DidChange(string? range, string inserted) => DidChangeMany([(range, inserted)]);

    private string DidChangeMany(IEnumerable<(string? Range, string Text)> changes) => Notification("textDocument/didChange",
        $$"""{"textDocument":{"uri":{{JsonString(uri)}},"version":{{_nextId}}},"contentChanges":[{{string.Join(",", changes.Select(c => c.Range is null ? $$"""{"text":{{JsonString(c.Text)}}}""" : $$"""{"range":{{c.Range}},"text":{{JsonString(c.Text)}}}"""))}}]}""");

    private string PositionParams((long Line, long Character) position) =>
        $$"""{"textDocument":{"uri":{{JsonString(uri)}}},"position":{{Position(position)}}}""";

    private string Request(string method, string parameters) => $$"""{"jsonrpc":"2.0","id":{{NextId()}},"method":{{JsonString(method)}},"params":{{parameters}}}""";

    private static string Notification(string method, string parameters) => $$"""{"jsonrpc":"2.0","method":{{JsonString(method)}},"params":{{parameters}}}""";

    private static string TextDocument(string uri) => $$$"""{"textDocument":{"uri":{{{FaultStorm.JsonString(uri)}}}}}""";

    private static string Range((long Line, long Character) start, (long Line, long Character) end) => $$"""{"start":{{Position(start)}},"end":{{Position(end)}}}""";

    private static string Position((long Line, long Character) position) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"line":{{position.Line}},"character":{{position.Character}}}""");
}
