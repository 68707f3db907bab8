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

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public string Format(DateTime utc) => $"{ToLocal(utc):ddd d MMM yyyy, HH:mm}";

    public string Describe(DateTime startUtc, DateTime endUtc) =>
        $"{ToLocal(startUtc):dddd d MMMM yyyy, HH:mm}–{ToLocal(endUtc):HH:mm} ({Zone.Id})";
}
