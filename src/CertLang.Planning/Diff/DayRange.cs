namespace CertLang.Planning.Diff;

/// <summary>Durations as the diff shows them, exactly, in days: <c>7 days</c>, <c>28..56 days</c>.</summary>
internal static class DayRange
{
    /// <summary>The range from <paramref name="minDays"/> to <paramref name="maxDays"/>; one figure when they are equal.</summary>
    public static string Of(int minDays, int maxDays) => minDays == maxDays ? $"{minDays} days" : $"{minDays}..{maxDays} days";
}
