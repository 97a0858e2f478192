namespace CertLang.Semantics.Types;

/// <summary>A duration or a range of durations, in calendar days (1 week = 7, 1 month = 30, 1 year = 365).</summary>
public readonly record struct DurationRange(int MinimumDays, int MaximumDays)
{
    /// <summary>
    /// The longest duration a pack may state, in days (100 years): the compiler reports a longer one, the pack loader
    /// refuses one, and so no schedule arithmetic can leave the calendar.
    /// </summary>
    public const int MaxDays = 36_500;

    /// <inheritdoc />
    public override string ToString() => MinimumDays == MaximumDays ? $"{MinimumDays} days" : $"{MinimumDays}..{MaximumDays} days";
}
