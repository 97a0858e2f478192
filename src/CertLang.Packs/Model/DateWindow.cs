using System.Globalization;

namespace CertLang.Packs.Model;

/// <summary>
/// The dates a regime, a scope clause or an acceptance is in force: from <see cref="From"/> until <see cref="Until"/>,
/// both inclusive (docs/language.md, "Meaning: choices where the specification is silent"); a missing bound leaves that side open.
/// </summary>
/// <param name="From">The first day in the window, or null for no start.</param>
/// <param name="Until">The last day in the window, or null for no end.</param>
public readonly record struct DateWindow(DateOnly? From, DateOnly? Until)
{
    /// <summary>Whether the window has neither bound, so every date is in it.</summary>
    public bool IsAlways => From is null && Until is null;

    /// <summary>Whether the window ends before it starts, so no date is in it.</summary>
    public bool IsEmpty => From > Until;

    /// <summary>Whether <paramref name="date"/> is in the window (on or after <see cref="From"/>, on or before <see cref="Until"/>).</summary>
    public bool Contains(DateOnly date) => !(date < From) && !(date > Until);

    /// <summary>The window as a clause ends: <c>from 2024-08-01 until 2030-12-31</c>, <c>from 2024-08-01</c>, <c>until 2030-12-31</c> or <c>always</c>.</summary>
    public override string ToString() => (From, Until) switch
    {
        ({ } from, { } until) => $"from {Iso(from)} until {Iso(until)}",
        ({ } from, null) => $"from {Iso(from)}",
        (null, { } until) => $"until {Iso(until)}",
        _ => "always",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
