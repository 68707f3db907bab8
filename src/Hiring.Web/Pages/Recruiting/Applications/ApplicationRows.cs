using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Recruiting.Applications;

/// <summary>One line of the recruiter list (and of its CSV export; CsvHelper generates the mapping).</summary>
[CsvHelper.CsvRecord]
public partial record ApplicationRow(Guid Id, string Name, string Post, Stage Stage, double? CompositeScore, DateTime AppliedAt,
    string Source, bool KnockedOut, string Shifts, bool Weekends, bool? RemoteReady, string Languages, string Tags, double? InterviewAverage,
    bool TypingHeldForReview);

/// <summary>The optional columns of one row: the integrity signals of all its tests, and each test's best score.</summary>
public sealed record RowExtras(int Signals, IReadOnlyDictionary<TestKind, double?> Scores);

public sealed record AttemptSignals(Guid ApplicationId, TestKind Kind, double? Percent, int Signals);

public static class ApplicationRows
{
    /// <summary>The optional columns for one page of rows, in one query over their attempts.</summary>
    public static async Task<Dictionary<Guid, RowExtras>> ExtrasAsync(HiringDbContext db, IReadOnlyCollection<Guid> ids)
    {
        var attempts = await db.Attempts.AsNoTracking().Where(t => ids.Contains(t.ApplicationId))
            .Select(IntegritySignals.With((t, signals) => new AttemptSignals(t.ApplicationId, t.Kind, t.Percent, signals)))
            .ToListAsync();
        return attempts.GroupBy(t => t.ApplicationId).ToDictionary(g => g.Key, g => new RowExtras(g.Sum(t => t.Signals),
            g.GroupBy(t => t.Kind).ToDictionary(k => k.Key, k => k.Max(t => t.Percent))));
    }

    public static IQueryable<ApplicationRow> Project(IQueryable<Application> query) => query.Select(a => new ApplicationRow(
        a.Id, a.FullName, a.Post!.Title, a.Stage, a.CompositeScore, a.AppliedAt, a.Source, a.KnockedOut,
        a.Screening.ShiftsAvailable, a.Screening.Weekends,
        a.Screening.QuietRoom == null ? null : a.Screening.QuietRoom == true && a.Screening.ReliableConnection == true,
        a.Languages, a.Tags,
        a.Scorecards.Where(s => s.SubmittedAt != null).SelectMany(s => s.Ratings).Average(r => (double?)r.Rating),
        // TypingDetail.Review as AttemptFinaliser.Json writes it (Assessments.IntegrityFlags.HeldForReview reads it).
        a.Attempts.Any(t => t.Kind == TestKind.Typing && t.Detail != null && t.Detail.Contains(ReviewJson))));

    private const string ReviewJson = "\"review\":true";
}
