using CertLang.Cli.Output;
using CertLang.Packs.Model;

namespace CertLang.Cli.Sources;

/// <summary>A loaded pack (null when its sources have errors) and the diagnostics of its sources.</summary>
internal sealed record LoadedPack(RulePack? Pack, DiagnosticReport Report);
