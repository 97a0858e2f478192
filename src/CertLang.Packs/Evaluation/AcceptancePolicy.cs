using System.Collections.Immutable;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// Which accepted regimes may stand in for a required one (docs/language.md, "Satisfied by"): a regime it accepts,
/// inside the acceptance window at the date, whose own scope requires the product at that date, and which is among the
/// regimes the caller considers. A plan considers the regimes of its target markets (and their blocs); a decision
/// without target markets (tests, explain, diff, the editor's Run test) considers every regime of the pack.
/// </summary>
public sealed class AcceptancePolicy
{
    private readonly ImmutableHashSet<string>? _markets;

    private AcceptancePolicy(ImmutableHashSet<string>? markets) => _markets = markets;

    /// <summary>Every regime of the pack may stand in: for decisions made without target markets.</summary>
    public static AcceptancePolicy AnyMarket { get; } = new(null);

    /// <summary>Only regimes declared in <paramref name="markets"/> (pack market names, blocs included) may stand in: for plans.</summary>
    public static AcceptancePolicy InMarkets(IEnumerable<string> markets) => new([.. markets]);

    /// <summary>Whether a regime declared in <paramref name="market"/> may stand in.</summary>
    public bool Considers(string market) => _markets?.Contains(market) ?? true;
}
