using System.Text;

namespace CertLang.Fuzz.Tests;

/// <summary>
/// Deterministic mutations of seed inputs, the kinds that find bugs in parsers and loaders: bit flips, dictionary
/// tokens, splices of another seed, truncation, duplication, deep nesting, huge numbers and awkward Unicode.
/// The same <paramref name="seed"/> gives the same mutants.
/// </summary>
public sealed class Mutator(int seed, IReadOnlyList<byte[]> seeds, IReadOnlyList<byte[]> tokens)
{
    private static readonly string[] HugeNumbers =
        ["79228162514264337593543950335", "79228162514264337593543950336", "1e30", "-1e30", "1e-30", "99999999999999999999999999999999", "2147483648", "-0", "0.0000000000000000000000000001"];

    private static readonly byte[][] AwkwardText =
    [
        [0xED, 0xA0, 0x80],         // a lone surrogate, encoded as UTF-8 would not allow
        [0xEF, 0xBB, 0xBF],         // a byte-order mark
        [0xC3, 0x28],               // invalid UTF-8
        [0xFF],
        [0x00],
        [0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m'], // an ANSI escape
        .. new[] { "\u202E", "\U0001F600", "é", "\r", "\r\n", "\t", "\\ud800", "\\u0000" }.Select(Encoding.UTF8.GetBytes),
    ];

    private static readonly string[] Openers = ["not ", "(", "{", "[", "{\"a\":", "category c {"];

    private readonly Random _random = new(seed);

    /// <summary>A new mutant of a seed: one to four mutations applied in turn.</summary>
    public byte[] Next()
    {
        var input = new List<byte>(seeds[_random.Next(seeds.Count)]);
        for (var count = _random.Next(1, 5); count > 0; count--)
        {
            Mutate(input);
        }

        return [.. input];
    }

    private void Mutate(List<byte> input)
    {
        var at = _random.Next(input.Count + 1);
        switch (_random.Next(9))
        {
            case 0 when input.Count > 0:
                input[Math.Min(at, input.Count - 1)] ^= (byte)(1 << _random.Next(8));
                break;
            case 1:
                input.InsertRange(at, tokens[_random.Next(tokens.Count)]);
                break;
            case 2:
                var other = seeds[_random.Next(seeds.Count)];
                var start = _random.Next(other.Length);
                input.InsertRange(at, other.Skip(start).Take(_random.Next(1, 200)));
                break;
            case 3:
                input.RemoveRange(at, input.Count - at);
                break;
            case 4 when at < input.Count:
                var slice = input.GetRange(at, Math.Min(input.Count - at, _random.Next(1, 400)));
                for (var copies = _random.Next(1, 4); copies > 0; copies--)
                {
                    input.InsertRange(at, slice);
                }

                break;
            case 5:
                var opener = Openers[_random.Next(Openers.Length)];
                input.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(opener, _random.Next(8, 300)))));
                break;
            case 6:
                ReplaceNumber(input, at);
                break;
            case 7:
                input.InsertRange(at, AwkwardText[_random.Next(AwkwardText.Length)]);
                break;
            default:
                input.RemoveRange(at, Math.Min(input.Count - at, _random.Next(1, 16)));
                break;
        }
    }

    /// <summary>Replaces the first run of digits at or after <paramref name="at"/> with a huge or awkward number.</summary>
    private void ReplaceNumber(List<byte> input, int at)
    {
        var start = input.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
        if (start < 0)
        {
            return;
        }

        var end = start;
        while (end < input.Count && input[end] is >= (byte)'0' and <= (byte)'9' or (byte)'.')
        {
            end++;
        }

        input.RemoveRange(start, end - start);
        input.InsertRange(start, Encoding.ASCII.GetBytes(HugeNumbers[_random.Next(HugeNumbers.Length)]));
    }
}
