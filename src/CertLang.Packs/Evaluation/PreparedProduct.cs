namespace CertLang.Packs.Evaluation;

/// <summary>
/// A product in the form its evaluator reads it (made by <see cref="PackEvaluator.Prepare"/>, once per product): each
/// attribute in a slot, texts as integers, the category as its pre-order number and the HS code as the set of the pack's
/// prefixes it starts with, so that deciding a regime looks up no string.
/// </summary>
public sealed class PreparedProduct
{
    internal PreparedProduct(ProductFacts facts, FactLayout layout)
    {
        Facts = facts;
        Layout = layout;
        Slots = new SlotValue[layout.Names.Length];
        for (var slot = 0; slot < Slots.Length; slot++)
        {
            if (facts[layout.Names[slot]] is { } value)
            {
                Slots[slot] = new SlotValue(true, value.Number, value.Bool, value.Text, value.Text is { } text ? layout.TextId(text) : -1);
            }
        }

        CategoryOrder = Slots[layout.CategorySlot].Text is { } category ? layout.CategoryOrder(category) : -1;
        Prefixes = new ulong[(layout.PrefixCount + 63) / 64];
        if (Slots[layout.HsSlot].Text is { } hs)
        {
            for (var length = 0; length <= Math.Min(hs.Length, layout.MaxPrefixLength); length++)
            {
                if (layout.PrefixLookup.TryGetValue(hs.AsSpan(0, length), out var prefix))
                {
                    Prefixes[prefix >> 6] |= 1UL << (prefix & 63);
                }
            }
        }
    }

    /// <summary>The facts the product was prepared from.</summary>
    public ProductFacts Facts { get; }

    internal FactLayout Layout { get; }

    internal SlotValue[] Slots { get; }

    /// <summary>The category's pre-order number; −1 without a category or for one the pack does not declare.</summary>
    internal int CategoryOrder { get; }

    /// <summary>The pack's HS prefixes the product's code starts with, as a bit set.</summary>
    internal ulong[] Prefixes { get; }

    internal bool HasCategory => Slots[Layout.CategorySlot].Text is not null;

    internal bool HasHs => Slots[Layout.HsSlot].Text is not null;

    internal bool IsUnder(int prefix) => (Prefixes[prefix >> 6] & (1UL << (prefix & 63))) != 0;
}
