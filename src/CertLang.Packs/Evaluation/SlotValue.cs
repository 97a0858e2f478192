namespace CertLang.Packs.Evaluation;

/// <summary>One attribute of a prepared product: which kinds of value it has and each in the form conditions test fastest.</summary>
internal readonly struct SlotValue(bool present, decimal? number, bool? flag, string? text, int textId)
{
    public bool Present { get; } = present;

    public bool HasNumber { get; } = number is not null;

    public decimal Number { get; } = number ?? 0;

    /// <summary>The number as a double, and whether that double orders exactly as the decimal does.</summary>
    public double FastNumber { get; } = number is { } n ? (double)n : 0;

    public bool NumberIsExact { get; } = number is { } n2 && (decimal)(double)n2 == n2;

    public bool HasBool { get; } = flag is not null;

    public bool Bool { get; } = flag ?? false;

    public string? Text { get; } = text;

    /// <summary>The text's integer in the pack (−1 for a text no condition names).</summary>
    public int TextId { get; } = textId;
}
