using System.Text.RegularExpressions;

namespace Hiring.Web.Recruiting;

/// <summary>
/// Where an application came from: "careers" (our own page, the default), "referral", or a job
/// board's tag from the <c>source</c> query parameter (e.g. ?source=indeed). Only short lower-case
/// tags are kept, so a crafted link cannot put arbitrary text in reports.
/// </summary>
public static partial class ApplicationSource
{
    public const string Careers = "careers";
    public const string Referral = "referral";

    public static string Clean(string? source)
    {
        var s = (source ?? "").Trim().ToLowerInvariant();
        return Tag().IsMatch(s) ? s : Careers;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,39}$")]
    private static partial Regex Tag();
}
