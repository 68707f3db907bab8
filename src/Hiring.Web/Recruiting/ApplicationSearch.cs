using System.Text.RegularExpressions;
using Hiring.Web.Domain;

namespace Hiring.Web.Recruiting;

/// <summary>
/// The recruiter list's one search box: a case-insensitive substring of the name, the candidate's
/// e-mail or the phone (spaces ignored), or the reference the candidate report prints
/// (<see cref="Reports.CandidateReportBuilder.Reference"/>: "APP-" and the id's first 8 hex digits).
/// </summary>
public static partial class ApplicationSearch
{
    public static IQueryable<Application> Apply(IQueryable<Application> query, string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return query;
        var text = q.Trim().ToLowerInvariant();
        var phone = text.Replace(" ", "");
        var prefix = IdPrefix(text);
        // Ids are stored upper case by SQLite and read as lower-case text from PostgreSQL's uuid.
        return query.Where(a => a.FullName.ToLower().Contains(text) || a.Candidate!.Email!.ToLower().Contains(text)
            || a.Phone.Replace(" ", "").Contains(phone) || (prefix != null && a.Id.ToString().ToLower().StartsWith(prefix)));
    }

    /// <summary>
    /// The id prefix a reference stands for: "app-" and 1–8 hex digits, or exactly 8 without "app-"
    /// (shorter bare hex is too often a name: "ada", "bea").
    /// </summary>
    public static string? IdPrefix(string lower)
    {
        var m = Reference().Match(lower);
        if (!m.Success) return null;
        var hex = m.Groups["hex"].Value;
        return m.Groups["app"].Success || hex.Length == 8 ? hex : null;
    }

    [GeneratedRegex("^(?<app>app-?)?(?<hex>[0-9a-f]{1,8})$")]
    private static partial Regex Reference();
}
