using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Sources;

/// <summary>A path of a pack folder that was not read, and why: an error (the pack is incomplete) or a warning (a link left alone).</summary>
public sealed record SourceProblem(string Path, string Message, DiagnosticSeverity Severity);
