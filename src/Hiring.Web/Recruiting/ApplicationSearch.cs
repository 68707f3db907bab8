using System.Text.RegularExpressions;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Recruiting;

/// <summary>
/// The recruiter list's one search box: part of the name (case and accents do not count, as in
/// <see cref="NameSearch"/>), of the candidate's e-mail or of the phone (spaces and dashes ignored), or the
/// reference the candidate report prints (<see cref="Reports.CandidateReportBuilder.Reference"/>: "APP-" and
/// the id's first 8 hex digits). Name, e-mail and phone are matched in one column,
/// <see cref="Application.SearchKey"/>, so a search across every post reads the applications alone, without the
/// users table; a reference is a range of the primary key.
/// </summary>
public static partial class ApplicationSearch
{
    public static IQueryable<Application> Apply(IQueryable<Application> query, string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return query;
        var text = NameSearch.Fold(q.Trim());
        var pattern = Like(text);
        var phone = PhoneLike().IsMatch(text) ? Like(PhoneDigits(text)) : pattern;
        if (IdPrefix(text) is not { } prefix)
            return phone == pattern
                ? query.Where(a => EF.Functions.Like(a.SearchKey, pattern, Escape))
                : query.Where(a => EF.Functions.Like(a.SearchKey, pattern, Escape) || EF.Functions.Like(a.SearchKey, phone, Escape));
        // A reference is a range of ids read from the primary key: the prefix padded with 0s up to it padded with fs.
        var (first, last) = (Guid.ParseExact(prefix.PadRight(32, '0'), "N"), Guid.ParseExact(prefix.PadRight(32, 'f'), "N"));
        // "APP-…" is only ever a reference; 8 bare hex digits may also be part of an e-mail or a phone.
        if (text.StartsWith("app")) return query.Where(a => a.Id.CompareTo(first) >= 0 && a.Id.CompareTo(last) <= 0);
        return query.Where(a => (a.Id.CompareTo(first) >= 0 && a.Id.CompareTo(last) <= 0)
            || EF.Functions.Like(a.SearchKey, pattern, Escape) || EF.Functions.Like(a.SearchKey, phone, Escape));
    }

    /// <summary>
    /// What the search box matches in one application besides its reference: the folded name, the lower-case
    /// e-mail and the phone without spaces or dashes, one per line. Empty once the application is erased.
    /// </summary>
    public static string KeyFor(Application a, string? email) => a.ErasedAt is not null ? "" : string.Join('\n',
        NameSearch.Fold(a.FullName), (email ?? "").ToLowerInvariant(), PhoneDigits(a.Phone));

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

    private const string Escape = "\\";

    private static string Like(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    private static string PhoneDigits(string phone) => PhoneNoise().Replace(phone, "");

    [GeneratedRegex("^(?<app>app-?)?(?<hex>[0-9a-f]{1,8})$")]
    private static partial Regex Reference();

    /// <summary>What a typed phone number looks like: digits with the usual separators, at least three digits.</summary>
    [GeneratedRegex(@"^\+?[\d\s().-]*\d[\d\s().-]*\d[\d\s().-]*\d[\d\s().-]*$")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"[\s().-]")]
    private static partial Regex PhoneNoise();
}
