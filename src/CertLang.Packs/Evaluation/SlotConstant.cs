using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>A value a condition compares with, in the forms of <see cref="SlotValue"/>.</summary>
internal sealed class SlotConstant(PackValue value, FactLayout layout)
{
    private readonly decimal? _number = value.Number;
    private readonly double _fastNumber = value.Number is { } n ? (double)n : 0;
    private readonly bool _numberIsExact = value.Number is { } n2 && (decimal)(double)n2 == n2;
    private readonly bool? _bool = value.Bool;
    private readonly string? _text = value.Text;
    private readonly int _textId = value.Text is { } text ? layout.TextId(text) : -1;

    /// <summary>
    /// The order of <paramref name="actual"/> against this value: numbers first, then booleans, then texts, and
    /// <see cref="int.MinValue"/> when they share no kind; texts compare only for equality unless <paramref name="ordered"/>.
    /// </summary>
    public int Order(in SlotValue actual, bool ordered)
    {
        if (actual.HasNumber && _number is { } number)
        {
            return actual.NumberIsExact && _numberIsExact ? actual.FastNumber.CompareTo(_fastNumber) : actual.Number.CompareTo(number);
        }

        if (actual.HasBool && _bool is { } flag)
        {
            return actual.Bool.CompareTo(flag);
        }

        if (actual.Text is { } text && _text is not null)
        {
            return ordered ? string.CompareOrdinal(text, _text) : actual.TextId == _textId ? 0 : 1;
        }

        return int.MinValue;
    }
}
