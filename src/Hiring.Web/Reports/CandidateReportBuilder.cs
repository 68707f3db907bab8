using System.Globalization;
using Hiring.Documents;
using Hiring.Web.Localization;
using Hiring.Core.Assessments;
using Hiring.Documents.Reports;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Reports;

/// <summary>
/// Fills a <see cref="CandidateReportModel"/> from the database: candidate, post, tests with their
/// percentiles, competency profile and integrity flags (<see cref="ReportAssessments"/>), screening answers,
/// interview scorecards (<see cref="ReportInterviews"/>) and recruiter notes, read with no-tracking projections. Sections whose data the app does not hold yet
/// stay empty, and the document says so in words. The report is in the reader's language (the request's UI culture): the
/// names and sentences filled here are localized as they are read, and the model carries the language the PDF draws in.
/// </summary>
public sealed class CandidateReportBuilder(HiringDbContext db, ReportAssessments assessments, ReportInterviews interviews, TimeProvider clock)
{
    /// <summary>The report model for one application; null when there is no such application.</summary>
    public async Task<CandidateReportModel?> BuildAsync(Guid applicationId, CancellationToken ct = default)
    {
        var a = await db.Applications.AsNoTracking().Where(x => x.Id == applicationId)
            .Select(x => new
            {
                x.Id, x.FullName, x.Phone, x.Languages, x.AppliedAt, x.Stage, x.CompositeScore, x.Screening,
                x.Candidate!.DisplayName, x.Candidate.Email, x.Candidate.PhoneNumber,
                x.PostId, x.Post!.Title, x.Post.PostType, PostLanguage = x.Post.Language, x.Post.Site, x.Post.WorkMode, BatteryTests = x.Post.Battery.Count,
            })
            .SingleOrDefaultAsync(ct);
        if (a is null) return null;

        var answers = await db.QuestionAnswers.AsNoTracking().Where(q => q.ApplicationId == applicationId)
            .OrderBy(q => q.Question!.Order).Select(q => new CustomAnswer(q.Question!.Text, q.Value, q.KnocksOut)).ToListAsync(ct);
        var notes = await db.ApplicationNotes.AsNoTracking().Where(n => n.ApplicationId == applicationId).OrderBy(n => n.At)
            .Select(n => new { n.ByName, n.At, n.Text }).ToListAsync(ct);

        var tested = await assessments.ForAsync(applicationId, a.PostType, a.PostLanguage, ct);
        var name = string.IsNullOrWhiteSpace(a.FullName) ? a.DisplayName : a.FullName;
        return new CandidateReportModel(
            new CandidateInfo(name, a.Email ?? "", NonEmpty(a.Phone) ?? a.PhoneNumber, Reference(a.Id)),
            new PostInfo(a.Title, DisplayNames.Of(a.PostType), SiteWords(a.Site, a.WorkMode), a.BatteryTests),
            Utc(a.AppliedAt), a.Stage, a.CompositeScore,
            tested.Tests, tested.Competencies, tested.Flags,
            ScreeningWords.Of(a.Screening, a.Languages, answers),
            await interviews.ForAsync(applicationId, ct),
            [.. notes.Select(n => new RecruiterNote(n.ByName.Length > 0 ? n.ByName : Words.T("(unknown)"), Utc(n.At), n.Text))],
            clock.GetUtcNow(),
            Rank: await RankAsync(a.PostId, a.CompositeScore, ct),
            Language: CultureInfo.CurrentUICulture.Name is { Length: > 0 } language ? language : Cultures.English,
            StageName: DisplayNames.Of(a.Stage));
    }

    /// <summary>The composite's place among the post's applicants that have one (1 is the highest; ties share a place).</summary>
    private async Task<PostRank?> RankAsync(int postId, double? composite, CancellationToken ct)
    {
        if (composite is not { } mine) return null;
        var scored = db.Applications.AsNoTracking().Where(x => x.PostId == postId && x.CompositeScore != null);
        return new PostRank(await scored.CountAsync(x => x.CompositeScore > mine, ct) + 1, await scored.CountAsync(ct));
    }

    /// <summary>The short reference printed on the cover: the first block of the application id.</summary>
    public static string Reference(Guid id) => "APP-" + id.ToString("N")[..8].ToUpperInvariant();

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;


    /// <summary>The site with the way of working, unless the site's name already says it ("Remote (UK)").</summary>
    private static string SiteWords(string site, WorkMode mode) => (mode, site.Trim()) switch
    {
        (WorkMode.OnSite, var s) => s,
        (WorkMode.Remote, "") => Words.T("Home-based"),
        (WorkMode.Hybrid, "") => Words.T("Hybrid"),
        (var m, var s) when s.Contains(m.ToString(), StringComparison.OrdinalIgnoreCase) => s,
        (WorkMode.Remote, var s) => Words.F("{0} (home-based)", s),
        (_, var s) => Words.F("{0} (hybrid)", s),
    };
}
