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
    public async Task<bool> SubmitAsync(Attempt attempt, AttemptEnd end, DateTime now, CancellationToken ct = default)
    {
        if (attempt.IsSubmitted) return false;
        var form = AttemptForms.Read(attempt);
        var answers = await db.AttemptAnswers.AsNoTracking().Where(x => x.AttemptId == attempt.Id)
            .ToDictionaryAsync(x => x.ItemId, x => AnswerValue.Parse(x.Value), ct);
        var (result, detail) = AttemptScorer.Score(attempt, form, await bank.ForFormAsync(form, ct), answers, attempt.PassMark, now);

        (attempt.SubmittedAt, attempt.EndedBy, attempt.ClaimedUntil) = (now, end, null);
        (attempt.Raw, attempt.MaxRaw, attempt.Percent, attempt.Passed) = (result.Raw, result.Max, result.Percent, result.Passed);
        attempt.Detail = JsonSerializer.Serialize(detail, Json);
        attempt.Version++;
        await UpdateApplicationAsync(attempt, now, ct);
        return true;
    }

    private async Task UpdateApplicationAsync(Attempt submitted, DateTime now, CancellationToken ct)
    {
        var app = await db.Applications.Include(a => a.Post!).ThenInclude(p => p.Battery).SingleAsync(a => a.Id == submitted.ApplicationId, ct);
        var others = await db.Attempts.AsNoTracking()
            .Where(a => a.ApplicationId == app.Id && a.Id != submitted.Id && a.SubmittedAt != null)
            .Select(a => new Scored(a.BatteryTestId, a.Percent, a.Weight)).ToListAsync(ct);
        var scored = others.Append(new Scored(submitted.BatteryTestId, submitted.Percent, submitted.Weight)).ToList();
        app.CompositeScore = CompositeOf(app.Post!.Battery, scored);

        var done = scored.Select(s => s.BatteryTestId).ToHashSet();
        if (app.Stage == Stage.Testing && app.Post.Battery.All(t => done.Contains(t.Id)))
        {
            app.History.Add(new StageChange { From = app.Stage, To = Stage.Tested, At = now, ByUserId = app.CandidateId, Reason = "All tests completed" });
            (app.Stage, app.StageChangedAt) = (Stage.Tested, now);
        }
    }

    /// <summary>
    /// Run after the submission has committed: settles the composite from every submitted test and
    /// moves the application to Tested when the whole battery is in. Two nodes (or the sweep and the
    /// candidate) finishing two tests of one battery at the same moment each see the other test still
    /// open inside their own transaction; run after both commit, this step cannot miss it, and the
    /// conditional update lets exactly one of them record the move.
    /// </summary>
    public async Task SettleApplicationAsync(Guid applicationId, DateTime now, CancellationToken ct = default)
    {
        var app = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new { a.CandidateId, a.Post!.Battery }).SingleAsync(ct);
        var submitted = await db.Attempts.AsNoTracking().Where(a => a.ApplicationId == applicationId && a.SubmittedAt != null)
            .Select(a => new Scored(a.BatteryTestId, a.Percent, a.Weight)).ToListAsync(ct);
        var composite = CompositeOf(app.Battery, submitted);
        await db.Applications.Where(a => a.Id == applicationId).ExecuteUpdateAsync(s => s.SetProperty(a => a.CompositeScore, composite), ct);
        if (!app.Battery.All(t => submitted.Any(s => s.BatteryTestId == t.Id))) return;
        var moved = await db.Applications.Where(a => a.Id == applicationId && a.Stage == Stage.Testing)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Stage, Stage.Tested).SetProperty(a => a.StageChangedAt, now), ct);
        if (moved == 0) return;
        db.StageChanges.Add(new StageChange
        {
            ApplicationId = applicationId, From = Stage.Testing, To = Stage.Tested, At = now, ByUserId = app.CandidateId, Reason = "All tests completed",
        });
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
