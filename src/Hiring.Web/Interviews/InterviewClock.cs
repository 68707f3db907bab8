using System.Globalization;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Interviews;

/// <summary>
/// Interview times are stored in UTC and entered and shown in the centre's time zone
/// (<c>Interviews:TimeZone</c>), so a 10:00 interview stays 10:00 across a clock change.
/// </summary>
public sealed class InterviewClock(IOptions<InterviewOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>Why <paramref name="local"/> cannot be an interview time (a time the clocks skip, a date out of range), or null.</summary>
    public string? Problem(DateTime local)
    {
        if (local.Year is < 2000 or > 2099) return "Choose a date between 2000 and 2099.";
        if (Zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)))
            return $"There is no {local:HH:mm} on {local:d MMMM yyyy} in {Zone.Id}: the clocks go forward then. Choose another time.";
        return null;
    }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public string Format(DateTime utc) => $"{ToLocal(utc):ddd d MMM yyyy, HH:mm}";

    /// <summary>The time printed on a question sheet: "15 Jul 2027, 10:00 Europe/London".</summary>
    public string Sheet(DateTime utc) => $"{ToLocal(utc).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} {Zone.Id}";

    /// <summary>"Tuesday 1 December 2026, 10:00–10:45 (Europe/London)", or "2026年12月1日 星期二 10:00–10:45 (…)" in Chinese: the current culture's way.</summary>
    public string Describe(DateTime startUtc, DateTime endUtc) =>
        $"{ToLocal(startUtc).ToString(Localization.Dates.LongWithDayAndTime, CultureInfo.CurrentCulture)}–{ToLocal(endUtc):HH:mm} ({Zone.Id})";
}
