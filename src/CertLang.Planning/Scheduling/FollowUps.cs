using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;

namespace CertLang.Planning.Scheduling;

/// <summary>
/// What a certificate asks for after it is issued (docs/language.md, "Planning"): follow-up checks counted from the
/// certificate's date (the regime's last step's end), and its renewal, planned to be done when the validity runs out.
/// </summary>
internal static class FollowUps
{
    /// <summary>How many follow-up checks of one kind a plan lists at the most.</summary>
    private const int MaxChecks = 100;

    /// <summary>
    /// The follow-up checks of <paramref name="regime"/> certified on <paramref name="certificate"/>: every interval from
    /// that date for as long as the validity lasts (only the first when the regime states no validity), in date order.
    /// </summary>
    public static ImmutableArray<SurveillanceDue> Surveillance(PackRegime regime, DateOnly certificate)
    {
        var expires = regime.Validity?.Minimum.After(certificate);
        return [.. regime.Surveillance.Where(s => s.Every.ApproximateDays > 0).SelectMany(s => Checks(s, certificate, expires)).OrderBy(d => d.Due)];
    }

    /// <summary>The checks of one surveillance: k intervals after the certificate (k × the interval, so month ends do not drift), the first always, then while within the validity.</summary>
    private static IEnumerable<SurveillanceDue> Checks(PackSurveillance surveillance, DateOnly certificate, DateOnly? expires)
    {
        for (var k = 1; k <= MaxChecks && surveillance.Every.Times(k).After(certificate) is { } due && (k == 1 || due <= expires); k++)
        {
            yield return new SurveillanceDue(surveillance.Title, due);
        }
    }

    /// <summary>
    /// The renewal of a certificate issued on <paramref name="certificate"/> after a process that started on
    /// <paramref name="start"/>: it runs out after the validity, and the same lead time before that the renewal must start;
    /// null when the regime states no validity or the dates leave the calendar.
    /// </summary>
    public static Renewal? RenewalOf(PackRegime regime, DateOnly start, DateOnly certificate)
    {
        if (regime.Validity?.Minimum.After(certificate) is not { } expires)
        {
            return null;
        }

        var leadDays = certificate.DayNumber - start.DayNumber;
        return expires.DayNumber - leadDays < DateOnly.MinValue.DayNumber ? null : new Renewal(expires, expires.AddDays(-leadDays));
    }
}
