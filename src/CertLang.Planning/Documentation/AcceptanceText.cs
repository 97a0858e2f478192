using CertLang.Packs.Model;

namespace CertLang.Planning.Documentation;

/// <summary>An acceptance as its clause reads after <c>accepts</c>: <c>NRTL takes 2..4 weeks from 2024-01-01 until 2030-12-31</c>, <c>LVD</c>.</summary>
public static class AcceptanceText
{
    /// <summary>The accepted regime, then its recognition step and its window where given.</summary>
    public static string Of(PackAcceptance acceptance) => string.Join(" ", new[]
    {
        acceptance.Regime,
        acceptance.Takes is { } takes ? $"takes {takes.Range}" : null,
        ScopeRuleText.Window(acceptance.Window),
    }.OfType<string>());
}
