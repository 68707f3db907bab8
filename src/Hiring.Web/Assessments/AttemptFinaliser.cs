using System.Text.Json;
using Hiring.Core.Assessments.Scoring;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Assessments;

/// <summary>
/// Submits an attempt: scores it, stores the application's composite, and when this was the last test
/// of the battery moves the application from Testing to Tested. Submitting twice changes nothing.
/// The caller saves (one transaction with whatever else the request changed).
/// </summary>
public sealed class AttemptFinaliser(HiringDbContext db, BankContent bank)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>False when the attempt was already submitted.</returns>
    public async Task<bool> SubmitAsync(Attempt attempt, AttemptEnd end, DateTime now, CancellationToken ct = default) =>
        await SubmitAllAsync([(attempt, end, now)], ct) == 1;

    /// <summary>
    /// Scores every attempt of the list not yet submitted, with one read of their answers, one of the bank and one of
    /// their applications whatever their number (a burst at a drive's deadline, <see cref="SubmitWriter"/>). Returns how many.
    /// </summary>
    public async Task<int> SubmitAllAsync(IReadOnlyList<(Attempt Attempt, AttemptEnd End, DateTime At)> attempts, CancellationToken ct = default)
    {
        var open = attempts.Where(x => !x.Attempt.IsSubmitted).ToList();
        if (open.Count == 0) return 0;
        var ids = open.Select(x => x.Attempt.Id).ToList();
        var answers = (await db.AttemptAnswers.AsNoTracking().Where(x => ids.Contains(x.AttemptId))
            .Select(x => new { x.AttemptId, x.ItemId, x.Value }).ToListAsync(ct)).ToLookup(x => x.AttemptId);
        var forms = open.ToDictionary(x => x.Attempt.Id, x => AttemptForms.Read(x.Attempt));
        var content = await bank.ForFormsAsync(forms.Values, ct);
        foreach (var (attempt, end, now) in open)
        {
            var form = forms[attempt.Id];
            var given = answers[attempt.Id].ToDictionary(x => x.ItemId, x => AnswerValue.Parse(x.Value));
            var (result, detail) = AttemptScorer.Score(attempt, form, content(form), given, attempt.PassMark, now);
            (attempt.SubmittedAt, attempt.EndedBy, attempt.ClaimedUntil) = (now, end, null);
            (attempt.Raw, attempt.MaxRaw, attempt.Percent, attempt.Passed) = (result.Raw, result.Max, result.Percent, result.Passed);
            attempt.Detail = JsonSerializer.Serialize(detail, Json);
            attempt.Version++;
        }
        await UpdateApplicationsAsync(open.Select(x => (x.Attempt, x.At)).ToList(), ct);
        return open.Count;
    }

    private async Task UpdateApplicationsAsync(List<(Attempt Attempt, DateTime At)> submitted, CancellationToken ct)
    {
        var appIds = submitted.Select(s => s.Attempt.ApplicationId).Distinct().ToList();
        var ids = submitted.Select(s => s.Attempt.Id).ToList();
        var apps = await db.Applications.Include(a => a.Post!).ThenInclude(p => p.Battery).Where(a => appIds.Contains(a.Id)).ToListAsync(ct);
        var others = (await db.Attempts.AsNoTracking()
            .Where(a => appIds.Contains(a.ApplicationId) && !ids.Contains(a.Id) && a.SubmittedAt != null)
            .Select(a => new { a.ApplicationId, Scored = new Scored(a.BatteryTestId, a.Percent, a.Weight) }).ToListAsync(ct))
            .ToLookup(a => a.ApplicationId, a => a.Scored);
        foreach (var app in apps)
        {
            var mine = submitted.Where(s => s.Attempt.ApplicationId == app.Id).ToList();
            var scored = others[app.Id].Concat(mine.Select(s => new Scored(s.Attempt.BatteryTestId, s.Attempt.Percent, s.Attempt.Weight))).ToList();
            app.CompositeScore = CompositeOf(app.Post!.Battery, scored);

            var done = scored.Select(s => s.BatteryTestId).ToHashSet();
            if (app.Stage == Stage.Testing && app.Post.Battery.All(t => done.Contains(t.Id)))
            {
                var now = mine.Max(s => s.At);
                app.History.Add(new StageChange { From = app.Stage, To = Stage.Tested, At = now, ByUserId = app.CandidateId, Reason = "All tests completed" });
                (app.Stage, app.StageChangedAt) = (Stage.Tested, now);
            }
        }
    }

    /// <summary>
    /// Run after the submission has committed: settles the composite from every submitted test and
    /// moves the application to Tested when the whole battery is in. Two nodes (or the sweep and the
    /// candidate) finishing two tests of one battery at the same moment each see the other test still
    /// open inside their own transaction; run after both commit, this step cannot miss it, and the
    /// conditional update lets exactly one of them record the move.
    /// </summary>
    public Task SettleApplicationAsync(Guid applicationId, DateTime now, CancellationToken ct = default) =>
        SettleApplicationsAsync([(applicationId, now)], ct);

    /// <summary>
    /// <see cref="SettleApplicationAsync"/> for many applications with two reads; an application whose stored composite and
    /// stage are already right (the usual case: no other test finished alongside) is not written again.
    /// </summary>
    public async Task SettleApplicationsAsync(IReadOnlyCollection<(Guid Id, DateTime At)> applications, CancellationToken ct = default)
    {
        var ids = applications.Select(a => a.Id).Distinct().ToList();
        var apps = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.CandidateId, a.CompositeScore, a.Stage, a.Post!.Battery }).ToListAsync(ct);
        var submitted = (await db.Attempts.AsNoTracking().Where(a => ids.Contains(a.ApplicationId) && a.SubmittedAt != null)
            .Select(a => new { a.ApplicationId, Scored = new Scored(a.BatteryTestId, a.Percent, a.Weight) }).ToListAsync(ct))
            .ToLookup(a => a.ApplicationId, a => a.Scored);
        foreach (var app in apps)
        {
            var now = applications.Where(a => a.Id == app.Id).Max(a => a.At);
            var composite = CompositeOf(app.Battery, submitted[app.Id]);
            if (composite != app.CompositeScore)
                await db.Applications.Where(a => a.Id == app.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CompositeScore, composite), ct);
            if (app.Stage != Stage.Testing || !app.Battery.All(t => submitted[app.Id].Any(s => s.BatteryTestId == t.Id))) continue;
            var moved = await db.Applications.Where(a => a.Id == app.Id && a.Stage == Stage.Testing)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Stage, Stage.Tested).SetProperty(a => a.StageChangedAt, now), ct);
            if (moved == 0) continue;
            db.StageChanges.Add(new StageChange
            {
                ApplicationId = app.Id, From = Stage.Testing, To = Stage.Tested, At = now, ByUserId = app.CandidateId, Reason = "All tests completed",
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private sealed record Scored(int BatteryTestId, double? Percent, double Weight);

    /// <summary>
    /// The weighted composite over the submitted tests still in the battery (a retired test no longer counts),
    /// each weighed as when its attempt started.
    /// </summary>
    private static double? CompositeOf(IEnumerable<BatteryTest> battery, IEnumerable<Scored> scored)
    {
        var tests = battery.Select(t => t.Id).ToHashSet();
        return Composite.Of(scored.Where(s => tests.Contains(s.BatteryTestId)).Select(s => new WeightedPercent(s.Percent ?? 0, s.Weight)));
    }
}
