using System.Collections.Immutable;
using System.Numerics;

namespace CertLang.Packs.Evaluation;

/// <summary>The attributes a product lacked during an evaluation, as a bit mask over the pack's slots: no allocation below 64 attributes.</summary>
internal struct MissingAttributes
{
    private ulong _low;
    private ulong[]? _high;

    public readonly bool IsEmpty => _low == 0 && _high is null;

    public void Add(int slot)
    {
        if (slot < 64)
        {
            _low |= 1UL << slot;
            return;
        }

        var word = (slot >> 6) - 1;
        if (_high is null || _high.Length <= word)
        {
            Array.Resize(ref _high, word + 1);
        }

        _high[word] |= 1UL << (slot & 63);
    }

    /// <summary>The attributes' names in slot order, which is ordinal name order.</summary>
    public readonly ImmutableArray<string> Names(ImmutableArray<string> slots)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        Append(names, _low, 0, slots);
        for (var word = 0; _high is not null && word < _high.Length; word++)
        {
            Append(names, _high[word], (word + 1) * 64, slots);
        }

        return names.ToImmutable();
    }

    private static void Append(ImmutableArray<string>.Builder names, ulong bits, int offset, ImmutableArray<string> slots)
    {
        for (; bits != 0; bits &= bits - 1)
        {
            names.Add(slots[offset + BitOperations.TrailingZeroCount(bits)]);
        }
    }
}
