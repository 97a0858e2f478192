using CertLang.Syntax;
using CertLang.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.Syntax.Tests;

/// <summary>Pins the shape of the syntax tree of every example file; a change in shape is reviewed like code.</summary>
public sealed class ExampleTreeSnapshotTests
{
    public static TheoryData<string> ExampleFiles => [.. RepositoryPaths.ExampleFiles()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_tree_has_the_pinned_shape(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file));
        var tree = SyntaxTree.Parse(text, file);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(text, tree.Root.ToFullString());
        Snapshot.Match(SyntaxTreePrinter.Print(tree.Root), SnapshotNameExtension.Create(file.Replace('/', '_')));
    }
}
