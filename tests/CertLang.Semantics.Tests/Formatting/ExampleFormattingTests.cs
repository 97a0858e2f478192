using CertLang.Semantics.Formatting;
using CertLang.Syntax;
using CertLang.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.Semantics.Tests.Formatting;

/// <summary>The example pack is the style's reference: every file is already canonical, and its formatted text is pinned.</summary>
public sealed class ExampleFormattingTests
{
    public static TheoryData<string> ExampleFiles => [.. RepositoryPaths.ExampleFiles()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_file_formats_to_the_pinned_text(string file)
    {
        Snapshot.Match(FormatExample(file), SnapshotNameExtension.Create(file.Replace('/', '_')));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_file_is_already_canonical(string file)
    {
        Assert.Equal(ReadExample(file), FormatExample(file));
    }

    private static string FormatExample(string file) =>
        CertFormatter.Format(SyntaxTree.Parse(ReadExample(file), file)) ?? throw new InvalidOperationException($"{file} has syntax errors");

    private static string ReadExample(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file));
}
