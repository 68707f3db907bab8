using Microsoft.Extensions.Localization;

namespace Hiring.Web.Localization;

/// <summary>
/// The reader's time zone, as their browser names it (js/zone.js keeps it in a cookie): deadlines are shown in the
/// candidate's own time, with the zone named, never in UTC to someone who does not live by it. Until the browser has
/// said (the first page, or scripts off), UTC, named as such.
/// </summary>
public sealed record ReaderZone(TimeZoneInfo Zone, string Name)
{
    public const string Cookie = "hiring-tz";

    public static readonly ReaderZone Utc = new(TimeZoneInfo.Utc, "UTC");

    public static ReaderZone Of(HttpRequest request) =>
        request.Cookies.TryGetValue(Cookie, out var value) && Uri.UnescapeDataString(value) is { Length: <= 64 } id && id.Contains('/')
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? new ReaderZone(zone, City(id))
            : Utc;

    /// <summary>"Thursday 10 December 2026, 19:29 (London time)", or "… 19:29 UTC" until the browser has named its zone.</summary>
    public string Show(DateTime utc, string format, IStringLocalizer text) => Zone == TimeZoneInfo.Utc
        ? text["{0} UTC", Local(utc).ToString(format)]
        : text["{0} ({1} time)", Local(utc).ToString(format), Name];

    /// <summary>The time <paramref name="utc"/> shows on the reader's clock.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"Europe/London" is London time, "America/Argentina/Buenos_Aires" Buenos Aires time.</summary>
    private static string City(string id) => id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');
}
