using System.Text.RegularExpressions;
using CertLang.TestSupport;

namespace CertLang.Fuzz.Tests;

/// <summary>What fuzz/ holds for a target: its seed inputs (fuzz/corpus/TARGET) and its AFL++ dictionary's tokens.</summary>
public static partial class FuzzCorpus
{
    /// <summary>The seed inputs of <paramref name="target"/>, in ordinal order of their file names.</summary>
    public static IReadOnlyList<byte[]> Seeds(string target) =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "fuzz", "corpus", target)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    /// <summary>The tokens of the AFL++ dictionary <paramref name="target"/> fuzzes with (lines <c>name="token"</c>).</summary>
    public static IReadOnlyList<byte[]> Tokens(string target)
    {
        var file = Path.Combine(RepositoryPaths.Root, "fuzz", "dictionaries", target == "cert" ? "cert.dict" : "json.dict");
        return [.. File.ReadLines(file).Select(line => DictionaryEntry().Match(line)).Where(m => m.Success).Select(m => Unescape(m.Groups[1].Value))];
    }

    /// <summary>AFL's dictionary escapes: <c>\"</c>, <c>\\</c> and <c>\xNN</c>.</summary>
    private static byte[] Unescape(string token)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] != '\\' || i + 1 == token.Length)
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(token[i].ToString()));
            }
            else if (token[i + 1] == 'x' && i + 3 < token.Length)
            {
                bytes.Add(Convert.ToByte(token.Substring(i + 2, 2), 16));
                i += 3;
            }
            else
            {
                bytes.Add((byte)token[++i]);
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex("^[A-Za-z0-9_]+=\"(.*)\"$")]
    private static partial Regex DictionaryEntry();
}
