using System.Text.Json.Serialization;

namespace CertLang.Cli.Output;

/// <summary>The top of a SARIF 2.1.0 log: the schema, the version and the runs.</summary>
internal sealed record SarifLog([property: JsonPropertyName("$schema")] string Schema, string Version, IReadOnlyList<SarifRun> Runs);

/// <summary>One run of certc: the tool with its rules, how columns are counted, and the results.</summary>
internal sealed record SarifRun(SarifTool Tool, string ColumnKind, IReadOnlyList<SarifResult> Results);

/// <summary>The tool that made the run.</summary>
internal sealed record SarifTool(SarifDriver Driver);

/// <summary>certc itself: name, home page, version and the rules it may report.</summary>
internal sealed record SarifDriver(string Name, string InformationUri, string Version, IReadOnlyList<SarifRule> Rules);

/// <summary>One diagnostic descriptor as a SARIF rule (a reportingDescriptor).</summary>
internal sealed record SarifRule(string Id, string Name, SarifMessage ShortDescription, SarifConfiguration DefaultConfiguration, string HelpUri);

/// <summary>The default level of a rule.</summary>
internal sealed record SarifConfiguration(string Level);

/// <summary>A plain-text message.</summary>
internal sealed record SarifMessage(string Text);

/// <summary>One diagnostic: the rule, its index in the rules, the level, the message and where.</summary>
internal sealed record SarifResult(string RuleId, int RuleIndex, string Level, SarifMessage Message, IReadOnlyList<SarifLocation> Locations);

/// <summary>Where a result is.</summary>
internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

/// <summary>A file and a region of it.</summary>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

/// <summary>A file, as a relative URI with forward slashes (or an absolute file URI outside the current folder).</summary>
internal sealed record SarifArtifactLocation(string Uri);

/// <summary>A one-based region; the end column is the column just after the last character.</summary>
internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);
