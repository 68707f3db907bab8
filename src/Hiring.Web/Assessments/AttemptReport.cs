using Hiring.Core.Assessments.Typing;
using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Scoring;
using Hiring.Core.Assessments.Timing;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Seeding.Models;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Assessments;

/// <summary>One battery test of an application as staff see it (its status is worded by the page, in the reader's language).</summary>
public sealed record TestLine(BatteryTest Test, Attempt? Attempt, AttemptDetail? Detail, TimeSpan? Used, double? Percentile, string NormLabel, List<string> Flags);

/// <summary>Typing keystrokes to play back on the staff page.</summary>
public sealed record TypingReplay(string Passage, string KeysJson);

public sealed record ApplicationTests(Guid ApplicationId, string Candidate, string PostTitle, PostType PostType, Stage Stage, double? Composite,
    double AccommodationFactor, List<TestLine> Tests, List<(string Key, string Name, CompetencyScore Score)> Competencies, TypingReplay? Replay,
    TypingUnit TypingUnit = TypingUnit.Words);

/// <summary>Builds the staff view of an application's tests: scores, percentiles, competencies, flags, typing replay.</summary>
public sealed class AttemptReport(HiringDbContext db, NormGroups norms)
{
    public async Task<ApplicationTests?> ForAsync(Guid applicationId, CancellationToken ct = default)
    {
        var app = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new { a.Id, a.Candidate!.DisplayName, a.Post!.Title, a.Post.PostType, a.Post.Language, a.Stage, a.CompositeScore, a.AccommodationFactor, a.PostId })
            .SingleOrDefaultAsync(ct);
        if (app is null) return null;
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.ApplicationId == applicationId).ToListAsync(ct);
        // A test unticked since it was taken still shows its attempt.
        var taken = attempts.Select(a => a.BatteryTestId).ToList();
        var battery = await db.BatteryTests.AsNoTracking().IgnoreQueryFilters().Where(t => t.PostId == app.PostId && (!t.Retired || taken.Contains(t.Id)))
            .OrderBy(t => t.Id).ToListAsync(ct);

        var lines = new List<TestLine>();
        foreach (var current in battery)
        {
            var attempt = attempts.FirstOrDefault(a => a.BatteryTestId == current.Id);
            // An attempt is shown with the limit, pass mark and weight it started with.
            var test = attempt is null ? current : new BatteryTest
            {
                Id = current.Id, PostId = current.PostId, Kind = current.Kind, Retired = current.Retired, CreditOutages = attempt.CreditOutages,
                TimeLimitMinutes = attempt.TimeLimitMinutes, PassMark = attempt.PassMark, Weight = attempt.Weight,
            };
            var detail = attempt?.Detail is { } d ? JsonSerializer.Deserialize<AttemptDetail>(d, AttemptFinaliser.Json) : null;
            var norm = await norms.ForAsync(test.Kind, app.PostType, app.Language, ct);
            var done = attempt?.SubmittedAt is not null;
            lines.Add(new TestLine(test, attempt, detail,
                done ? AttemptClock.Used(attempt!.StartedAt, attempt.SubmittedAt!.Value, attempt.DeadlineAt) : null,
                done ? norm.PercentileOf(Norm.ScoreOf(test.Kind, attempt!.Raw, attempt.Percent)) : null,
                norm.Label, attempt is null ? [] : IntegrityFlags.Of(attempt, detail)));
        }

        var names = await db.Competencies.AsNoTracking().OrderBy(c => c.SortOrder).ToDictionaryAsync(c => c.Key, c => c.Name, ct);
        var across = AttemptDetail.CompetenciesAcross(lines.Select(l => l.Detail).OfType<AttemptDetail>());
        var competencies = across.Select(kv => (kv.Key, names.GetValueOrDefault(kv.Key, kv.Key), kv.Value)).ToList();

        return new ApplicationTests(app.Id, app.DisplayName, app.Title, app.PostType, app.Stage, app.CompositeScore, app.AccommodationFactor,
            lines, competencies, await ReplayAsync(attempts.FirstOrDefault(a => a.Kind == TestKind.Typing), ct), TypingUnits.ForLanguage(app.Language));
    }

    private async Task<TypingReplay?> ReplayAsync(Attempt? typing, CancellationToken ct)
    {
        if (typing is null) return null;
        var item = AttemptForms.Read(typing).Answerable().FirstOrDefault();
        if (item is null) return null;
        var answer = await db.AttemptAnswers.AsNoTracking().Where(x => x.AttemptId == typing.Id && x.ItemId == item.Id).Select(x => x.Value).SingleOrDefaultAsync(ct);
        var row = await db.BankItems.AsNoTracking().SingleOrDefaultAsync(b => b.Id == item.Id && b.Version == item.Version, ct);
        if (answer is null || row is null) return null;
        // Chinese commits Chromium reported untrusted are replayed when the scoring counted them (Ime.Vouched); English has none.
        var keys = Ime.Vouched([.. (AnswerValue.Parse(answer).Keys ?? []).Select(k => k.ToKeystroke())]).Select(KeyEvent.Of);
        return new TypingReplay(((TypingPassage)BankContent.Parse(row)).Text.Trim(), JsonSerializer.Serialize(keys, AnswerValue.Json));
    }
}
