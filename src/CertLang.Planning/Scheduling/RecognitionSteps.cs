using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Scheduling;

/// <summary>
/// Regimes satisfied by another through <c>accepts R takes D</c> (docs/language.md, "Satisfied by"): each is planned as
/// one recognition step of that duration, which starts after R's certificate, instead of its own process.
/// </summary>
internal static class RecognitionSteps
{
    /// <summary>The name of the one step of a recognised regime.</summary>
    public const string StepName = "recognition";

    /// <summary>Whether <paramref name="decision"/> is satisfied by a regime it accepts with a duration, so a recognition step is planned.</summary>
    public static bool IsRecognised(RegimeDecision decision) =>
        decision.Status == RegimeStatus.SatisfiedBy && decision.SatisfiedBy?.Acceptance.Takes is not null;

    /// <summary>
    /// The regimes to schedule: those of <paramref name="regimes"/>, each recognised one of <paramref name="decisions"/>
    /// replaced by its recognition (one step, after the accepted regime as if it <c>requires</c> it, with no follow-ups or
    /// validity of its own: the accepted certificate carries them).
    /// </summary>
    public static IReadOnlyDictionary<string, PackRegime> Apply(IReadOnlyDictionary<string, PackRegime> regimes, IEnumerable<RegimeDecision> decisions)
    {
        var recognised = decisions.Where(IsRecognised).ToList();
        if (recognised.Count == 0)
        {
            return regimes;
        }

        var planned = new Dictionary<string, PackRegime>(regimes, StringComparer.Ordinal);
        foreach (var decision in recognised)
        {
            var accepted = decision.SatisfiedBy!.Acceptance;
            var step = new PackStep(StepName, $"Recognition of the {accepted.Regime} certificate", [], [accepted.Takes!], accepted.Takes!.Location);
            planned[decision.Regime.Name] = decision.Regime with
            {
                Steps = [step],
                Requires = [.. decision.Regime.Requires, accepted.Regime],
                Surveillance = [],
                Validity = null,
            };
        }

        return planned;
    }
}
