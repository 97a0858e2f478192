using BenchmarkDotNet.Attributes;
using CertLang.Syntax;
using CertLang.TestSupport;

namespace CertLang.Benchmarks;

/// <summary>Parsing speed: the example pack file by file, and a large synthetic file of valid and of broken regimes.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string[] _examples = [];
    private string _largeValid = "";
    private string _largeBroken = "";

    [GlobalSetup]
    public void Setup()
    {
        _examples = RepositoryPaths.ExampleFiles().Select(f => File.ReadAllText(Path.Combine(RepositoryPaths.Examples, f))).ToArray();
        var regime = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "markets", "china.cert"));
        _largeValid = Repeat(regime, 1_000_000);
        _largeBroken = Repeat(regime.Replace("takes", "takse", StringComparison.Ordinal), 1_000_000);
    }

    /// <summary>All example files, parsed one after the other (what certc check does per pack, without I/O).</summary>
    [Benchmark]
    public int ExamplePack()
    {
        var characters = 0;
        foreach (var text in _examples)
        {
            characters += SyntaxTree.Parse(text).Root.FullSpan.Length;
        }

        return characters;
    }

    /// <summary>One megabyte of valid regimes: the fast SLL path.</summary>
    [Benchmark]
    public SyntaxTree LargeValidFile() => SyntaxTree.Parse(_largeValid);

    /// <summary>One megabyte of regimes with a typo in every step: the LL path with error recovery.</summary>
    [Benchmark]
    public SyntaxTree LargeBrokenFile() => SyntaxTree.Parse(_largeBroken);

    private static string Repeat(string block, int size)
    {
        var builder = new System.Text.StringBuilder(size + block.Length);
        for (var i = 0; builder.Length < size; i++)
        {
            builder.Append(block.Replace("regime CCC", $"regime CCC_{i}", StringComparison.Ordinal)).Append('\n');
        }

        return builder.ToString();
    }
}
