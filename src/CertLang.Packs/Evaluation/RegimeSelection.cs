using System.Collections.Immutable;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// Regimes of one evaluator chosen once for many decisions (<see cref="PackEvaluator.RegimesIn"/>): the regimes declared
/// in some pack markets, in the order of the markets and, within one, of the pack.
/// </summary>
public sealed class RegimeSelection
{
    internal RegimeSelection(ImmutableArray<int> indices, ImmutableArray<string> names)
    {
        Indices = indices;
        Names = names;
    }

    /// <summary>The regimes' names, in selection order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>How many regimes are selected.</summary>
    public int Count => Indices.Length;

    internal ImmutableArray<int> Indices { get; }
}
