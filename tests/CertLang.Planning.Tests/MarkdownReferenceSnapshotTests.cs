using CertLang.Packs.Serialization;
using CertLang.Planning.Documentation;
using CertLang.TestSupport;
using Snapshooter.Xunit;

namespace CertLang.Planning.Tests;

/// <summary>Pins the Markdown reference of the example pack: a change to what <c>certc doc</c> writes is reviewed like code.</summary>
public sealed class MarkdownReferenceSnapshotTests
{
    [Fact]
    public void The_reference_of_the_example_pack_is_pinned()
    {
        var pack = PackCompiler.BuildExamples();

        Snapshot.Match(MarkdownReference.Render(PackReferenceBuilder.Build(pack with { Hash = RulePackJson.HashOf(pack) })));
    }
}
