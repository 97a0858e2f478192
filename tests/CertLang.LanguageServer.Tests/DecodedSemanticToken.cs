using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary>A semantic token decoded from the relative encoding: absolute position, type and modifier names from the legend, and the text it covers.</summary>
internal sealed record DecodedSemanticToken(int Line, int Character, int Length, string Type, IReadOnlyList<string> Modifiers, string Text)
{
    /// <summary>Decodes <paramref name="tokens"/> of <paramref name="text"/> with <paramref name="legend"/>.</summary>
    public static IReadOnlyList<DecodedSemanticToken> Decode(SemanticTokens tokens, SemanticTokensLegend legend, string text)
    {
        Assert.Equal(0, tokens.Data.Count % 5);
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var decoded = new List<DecodedSemanticToken>();
        int line = 0, character = 0;
        for (var i = 0; i < tokens.Data.Count; i += 5)
        {
            var (deltaLine, deltaStart, length, type, modifiers) = (tokens.Data[i], tokens.Data[i + 1], tokens.Data[i + 2], tokens.Data[i + 3], tokens.Data[i + 4]);
            line += deltaLine;
            character = deltaLine == 0 ? character + deltaStart : deltaStart;
            var names = legend.TokenModifiers.Where((_, bit) => (modifiers & (1 << bit)) != 0).ToList();
            decoded.Add(new DecodedSemanticToken(line, character, length, legend.TokenTypes[type], names, lines[line].Substring(character, length)));
        }

        return decoded;
    }

    /// <summary>The type and its modifiers: <c>struct.declaration</c>.</summary>
    public string Classification => string.Join('.', [Type, .. Modifiers]);

    /// <summary>The classification and the text: <c>struct.declaration mark</c>.</summary>
    public string Described => $"{Classification} {Text}";

    /// <summary>One line of a snapshot: <c>line:character type.modifiers text</c>.</summary>
    public override string ToString() => $"{Line}:{Character} {Described}";
}
