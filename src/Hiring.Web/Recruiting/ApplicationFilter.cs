using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;

namespace Hiring.Web.Recruiting;

public enum ApplicationSort { ScoreDesc, ScoreAsc, NewestFirst, OldestFirst, TestScoreDesc, InterviewDesc }

/// <summary>
/// The recruiter list's filters, bound from the query string so a filtered view is a URL that can
/// be shared. Applied by the list page, the CSV export and the benchmark alike.
/// </summary>
public sealed class ApplicationFilter
{
    public const int PageSize = 50;

    /// <summary>One box: name, the candidate's e-mail, phone, or the report's reference ("APP-1A2B3C4D", "APP-" optional).</summary>
    public string? Q { get; set; }
    public int? PostId { get; set; }
    public Stage? Stage { get; set; }
    public double? MinScore { get; set; }
    public double? MaxScore { get; set; }
    public string? Shift { get; set; }
    public bool? RemoteReady { get; set; }
    public string? Language { get; set; }
    public DateTime? AppliedFrom { get; set; }
    public DateTime? AppliedTo { get; set; }
    public bool? KnockedOut { get; set; }
    public string? Tag { get; set; }
    /// <summary>The test that <see cref="MinTestScore"/> and the <see cref="ApplicationSort.TestScoreDesc"/> sort refer to.</summary>
    public TestKind? Test { get; set; }
    public double? MinTestScore { get; set; }
    /// <summary>True: every submitted test passed (at least one); false: at least one failed.</summary>
    public bool? PassedAll { get; set; }
    /// <summary>True: some test has integrity signals (left the window, paste/copy, full-screen exits, synthetic input).</summary>
    public bool? Flagged { get; set; }
    public ApplicationSort Sort { get; set; } = ApplicationSort.ScoreDesc;
    /// <summary>Optional columns shown: <see cref="FlagsColumn"/> and test kinds ("flags,Sjt"); one value or several.</summary>
    public string[] Cols { get; set; } = [];
    public const string FlagsColumn = "flags";
    public int PageNumber { get; set; } = 1;

    public IQueryable<Application> Apply(IQueryable<Application> query)
    {
        query = ApplicationSearch.Apply(query, Q);
        if (PostId is { } post) query = query.Where(a => a.PostId == post);
        if (Stage is { } stage) query = query.Where(a => a.Stage == stage);
        if (MinScore is { } min) query = query.Where(a => a.CompositeScore >= min);
        if (MaxScore is { } max) query = query.Where(a => a.CompositeScore <= max);
        if (Like(Shift) is { } shift) query = query.Where(a => a.Screening.ShiftsAvailable.ToLower().Contains(shift));
        if (RemoteReady is true) query = query.Where(a => a.Screening.QuietRoom == true && a.Screening.ReliableConnection == true);
        if (RemoteReady is false) query = query.Where(a => a.Screening.QuietRoom != true || a.Screening.ReliableConnection != true);
        if (Like(Language) is { } language) query = query.Where(a => a.Languages.ToLower().Contains(language));
        if (AppliedFrom is { } from) { var f = Utc(from); query = query.Where(a => a.AppliedAt >= f); }
        // The last day there is (31 Dec 9999) has no next day to stop before: it filters nothing.
        if (AppliedTo is { } to && to.Date < DateTime.MaxValue.Date) { var t = Utc(to).AddDays(1); query = query.Where(a => a.AppliedAt < t); }
        if (KnockedOut is { } knocked) query = query.Where(a => a.KnockedOut == knocked);
        if (Like(Tag) is { } tag) query = query.Where(a => (" " + a.Tags + " ").Contains(" " + tag + " "));
        if (Test is { } test && MinTestScore is { } minTest)
            query = query.Where(a => a.Attempts.Any(t => t.Kind == test && t.Percent >= minTest));
        if (PassedAll is true) query = query.Where(a => a.Attempts.Any(t => t.Passed != null) && !a.Attempts.Any(t => t.Passed == false));
        if (PassedAll is false) query = query.Where(a => a.Attempts.Any(t => t.Passed == false));
        if (Flagged is { } flagged)
        {
            var raised = IntegritySignals.Raised;
            query = query.Where(a => a.Attempts.AsQueryable().Any(raised) == flagged);
        }
        return query;
    }

    /// <summary>
    /// Sorted with a unique tie-breaker, so paging is stable. Unscored applications come last either way;
    /// with a score range there are none, and the plain ORDER BY lets the (Stage, CompositeScore) index
    /// deliver rows in order (see docs/benchmarks-recruiting.md).
    /// </summary>
    /// <param name="nullsSortLow">True where the database orders NULL below every value (SQLite): there a descending score
    /// puts the unscored last by itself, and the plain ORDER BY lets the (Stage, CompositeScore) index deliver a stage's rows in order.</param>
    public IQueryable<Application> Sorted(IQueryable<Application> query, bool nullsSortLow = false) => (Sort, MinScore ?? MaxScore) switch
    {
        (ApplicationSort.InterviewDesc, _) => query
            .OrderByDescending(a => a.Scorecards.Where(s => s.SubmittedAt != null).SelectMany(s => s.Ratings).Average(r => (double?)r.Rating) ?? -1)
            .ThenBy(a => a.Id),
        (ApplicationSort.TestScoreDesc, _) when Test is { } test => query
            .OrderBy(a => !a.Attempts.Any(t => t.Kind == test && t.Percent != null))
            .ThenByDescending(a => a.Attempts.Where(t => t.Kind == test).Max(t => t.Percent)).ThenBy(a => a.Id),
        (ApplicationSort.ScoreAsc, not null) => query.OrderBy(a => a.CompositeScore).ThenBy(a => a.Id),
        (ApplicationSort.ScoreDesc, var range) when range is not null || nullsSortLow => query.OrderByDescending(a => a.CompositeScore).ThenBy(a => a.Id),
        _ => Unbounded(query),
    };

    private IQueryable<Application> Unbounded(IQueryable<Application> query) => Sort switch
    {
        ApplicationSort.ScoreAsc => query.OrderBy(a => a.CompositeScore == null).ThenBy(a => a.CompositeScore).ThenBy(a => a.Id),
        ApplicationSort.NewestFirst => query.OrderByDescending(a => a.AppliedAt).ThenBy(a => a.Id),
        ApplicationSort.OldestFirst => query.OrderBy(a => a.AppliedAt).ThenBy(a => a.Id),
        _ => query.OrderBy(a => a.CompositeScore == null).ThenByDescending(a => a.CompositeScore).ThenBy(a => a.Id),
    };

    public IQueryable<Application> PageOf(IQueryable<Application> sorted) =>
        sorted.Skip((Math.Max(1, PageNumber) - 1) * PageSize).Take(PageSize);

    /// <summary>The query string of this filter (for paging links, CSV export and redirects after bulk actions).</summary>
    public Dictionary<string, string?> RouteValues(int? page = null) => new()
    {
        [nameof(Q)] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), [nameof(PostId)] = PostId?.ToString(), [nameof(Stage)] = Stage?.ToString(),
        [nameof(MinScore)] = MinScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(MaxScore)] = MaxScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(Shift)] = Shift, [nameof(RemoteReady)] = RemoteReady?.ToString(), [nameof(Language)] = Language,
        [nameof(AppliedFrom)] = AppliedFrom?.ToString("yyyy-MM-dd"), [nameof(AppliedTo)] = AppliedTo?.ToString("yyyy-MM-dd"),
        [nameof(KnockedOut)] = KnockedOut?.ToString(), [nameof(Tag)] = Tag, [nameof(Sort)] = Sort.ToString(),
        [nameof(Test)] = Test?.ToString(), [nameof(MinTestScore)] = MinTestScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(PassedAll)] = PassedAll?.ToString(), [nameof(Flagged)] = Flagged?.ToString(),
        [nameof(Cols)] = Columns.Count == 0 ? null : string.Join(",", Columns),
        [nameof(PageNumber)] = (page ?? PageNumber).ToString(),
    };

    /// <summary>The optional columns asked for, known names only, in a fixed order (an empty <c>Cols=</c> binds as a null entry).</summary>
    public IReadOnlyList<string> Columns => [.. Cols.SelectMany(c => (c ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .Where(c => c == FlagsColumn || Enum.TryParse<TestKind>(c, out _)).Distinct().Order(StringComparer.Ordinal)];

    public bool Shows(string column) => Columns.Contains(column);

    public IEnumerable<TestKind> TestColumns => Enum.GetValues<TestKind>().Where(k => Shows(k.ToString()));

    /// <summary>This filter's query without one of its keys, back on page 1: the link of a removable chip.</summary>
    public Dictionary<string, string?> Without(params string[] keys)
    {
        var values = RouteValues(1);
        foreach (var key in keys) values[key] = null;
        return values;
    }

    /// <summary>No filter at all, same sort: the chips' "Clear all".</summary>
    public Dictionary<string, string?> Cleared() => new() { [nameof(Sort)] = Sort.ToString(), [nameof(Cols)] = RouteValues()[nameof(Cols)] };

    private static string? Like(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant();
    private static DateTime Utc(DateTime d) => DateTime.SpecifyKind(d.Date, DateTimeKind.Utc);
}
