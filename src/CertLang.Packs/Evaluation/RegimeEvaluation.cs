using System.Collections.Immutable;
using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>The scope decision of one regime for one product at one date, with the clauses that decided it.</summary>
public sealed record RegimeEvaluation(
    string Regime,
    ScopeStatus Status,
    ImmutableArray<ClauseResult> Reasons,
    ImmutableArray<string> Missing);

/// <summary>Whether a regime's scope covers a product.</summary>
public enum ScopeStatus
{
    /// <summary>The scope covers the product.</summary>
    Required,

    /// <summary>The scope does not cover the product, or the regime is not in force at the date.</summary>
    NotRequired,

    /// <summary>The product lacks attributes the scope needs.</summary>
    Undetermined,
}

/// <summary>One clause's part in a decision: its text, where it is written, and what it gave.</summary>
public sealed record ClauseResult(string Clause, SourceLocation Location, Tri Result);
