using CertLang.Packs.Serialization;
using CertLang.TestSupport;
using Snapshooter.Xunit;

namespace CertLang.Packs.Tests;

/// <summary>Pins the rule pack of the example pack: a change to the emitted model is reviewed like code.</summary>
public sealed class ExamplePackSnapshotTests
{
    [Fact]
    public void The_example_rule_pack_is_pinned()
    {
        Snapshot.Match(RulePackJson.Write(PackCompiler.BuildExamples()));
    }
}
