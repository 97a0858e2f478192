using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>One clause's part in a decision as reports list it: its text, where it is written, and what it gave.</summary>
public sealed record ClauseResult(string Clause, SourceLocation Location, Tri Result);
