using System.Text;
using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>A pack of two open documents: a large one, whose binding takes far longer than applying an edit, and a small one that declares the pack.</summary>
internal static class LargePack
{
    /// <summary>The small document: the pack declaration, a market and a regime.</summary>
    public const string SmallUri = "file:///work/small.cert";

    private const string SmallText = "pack small version 1.0.0\n\nmarket US \"United States\"\n\nregime FCC in US {\n  route certification\n}\n";

    /// <summary>Starts the server, initializes it and opens both documents.</summary>
    public static async Task<LspProcess> StartAsync()
    {
        var server = LspProcess.Start();
        await server.OpenAsync("file:///work/large.cert", LargeText());
        await server.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(SmallUri, "certlang", 1, SmallText)));
        return server;
    }

    /// <summary>An edit of the small document, framed: each makes a new compilation, which the next request must bind first.</summary>
    public static byte[] InsertCommentLine(int version) => LspProcess.Frame(LspProcess.Message(null, "textDocument/didChange",
        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(SmallUri, version), [new TextDocumentContentChangeEvent("// edited\n", new Protocol.Range(new Position(0, 0), new Position(0, 0)))])).ToJsonString());

    /// <summary>Regimes enough that binding them takes far longer than applying a one-line edit to the small document.</summary>
    private static string LargeText()
    {
        var text = new StringBuilder("attribute rated_voltage: voltage\n\ncategory kettle \"Kettles\"\n\nmarket CN \"China\"\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append($"\nregime R{i} in CN {{\n  route certification\n  scope {{\n    include kettle where rated_voltage > {i} V\n  }}\n  process {{\n    step a \"A\" takes 1..2 weeks\n    step b \"B\" takes 1..2 weeks after a\n  }}\n}}\n");
        }

        return text.ToString();
    }
}
