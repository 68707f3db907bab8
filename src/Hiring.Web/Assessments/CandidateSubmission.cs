using Hiring.Core.Assessments.Timing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

public enum SubmitOutcome { Submitted, AlreadySubmitted, NotFound }

/// <summary>A candidate's submit as the request received it: <paramref name="At"/> is when it arrived (deadline and grace count from then).</summary>
public sealed record SubmitRequest(Guid AttemptId, string CandidateId, Func<Attempt, IReadOnlyDictionary<string, AnswerValue>> FormAnswers, DateTime At);

/// <summary>
/// The candidate's submit (button, or the page at the deadline): the form's final answers are kept if
/// they arrive in time, then the attempt is scored. A late form changes no answer; a second submit changes nothing.
/// </summary>
public sealed class CandidateSubmission(HiringDbContext db, AnswerSaver saver, AttemptFinaliser finaliser, TimeProvider clock, IOptions<AssessmentOptions> options)
{
    public Task<SubmitOutcome> SubmitAsync(Guid attemptId, string candidateId, Func<Attempt, IReadOnlyDictionary<string, AnswerValue>> formAnswers, CancellationToken ct = default) =>
        SubmitAsync(new SubmitRequest(attemptId, candidateId, formAnswers, clock.GetUtcNow().UtcDateTime), ct);

    /// <summary>One submission in a transaction of its own, retried when a concurrent save or submit got there first.</summary>
    public async Task<SubmitOutcome> SubmitAsync(SubmitRequest request, CancellationToken ct = default)
    {
        var (attemptId, candidateId, formAnswers, now) = request;
        for (var tries = 0; ; tries++)
        {
            try
            {
                var attempt = await db.Attempts.SingleOrDefaultAsync(a => a.Id == attemptId && a.Application!.CandidateId == candidateId, ct);
                if (attempt is null) return SubmitOutcome.NotFound;
                if (attempt.IsSubmitted) return SubmitOutcome.AlreadySubmitted;
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                AttemptContact.Record(attempt, now);
                attempt.Version++;
                if (AttemptClock.AcceptsAnswers(now, attempt.DeadlineAt, options.Value.Grace))
                    await KeepFinalAnswersAsync(attempt, formAnswers(attempt), now, ct);
                await finaliser.SubmitAsync(attempt, now >= attempt.DeadlineAt ? AttemptEnd.TimeUp : AttemptEnd.Candidate, now, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
                await finaliser.SettleApplicationAsync(attempt.ApplicationId, now, ct);
                return SubmitOutcome.Submitted;
            }
            catch (DbUpdateException) when (tries < Retry.Times)
            {
                await Retry.PauseAsync(tries, ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Many submissions in one transaction (<see cref="SubmitWriter"/>), with a handful of queries for all of them. Any failure
    /// (a save or another node changed an attempt since it was read) rolls the whole batch back: the writer then retries
    /// each submission on its own with <see cref="SubmitAsync(SubmitRequest, CancellationToken)"/>.
    /// </summary>
    public async Task<SubmitOutcome[]> SubmitAllAsync(IReadOnlyList<SubmitRequest> requests, CancellationToken ct = default)
    {
        var outcomes = new SubmitOutcome[requests.Count];
        var ids = requests.Select(r => r.AttemptId).Distinct().ToList();
        var found = await db.Attempts.Where(a => ids.Contains(a.Id)).Select(a => new { Attempt = a, a.Application!.CandidateId }).ToListAsync(ct);
        var open = new List<(Attempt Attempt, AttemptEnd End, DateTime At)>();
        var finals = new List<(Attempt Attempt, IReadOnlyDictionary<string, AnswerValue> Final, DateTime At)>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < requests.Count; i++)
        {
            var (attemptId, candidateId, formAnswers, now) = requests[i];
            var attempt = found.SingleOrDefault(f => f.Attempt.Id == attemptId && f.CandidateId == candidateId)?.Attempt;
            // The same attempt twice in one batch (a double click): the first one submits it.
            if (attempt is null || attempt.IsSubmitted || open.Any(o => o.Attempt == attempt))
            {
                outcomes[i] = attempt is null ? SubmitOutcome.NotFound : SubmitOutcome.AlreadySubmitted;
                continue;
            }
            AttemptContact.Record(attempt, now);
            attempt.Version++;
            if (AttemptClock.AcceptsAnswers(now, attempt.DeadlineAt, options.Value.Grace) && formAnswers(attempt) is { Count: > 0 } final)
                finals.Add((attempt, final, now));
            open.Add((attempt, now >= attempt.DeadlineAt ? AttemptEnd.TimeUp : AttemptEnd.Candidate, now));
            outcomes[i] = SubmitOutcome.Submitted;
        }
        if (finals.Count > 0)
        {
            var withFinals = finals.Select(f => f.Attempt.Id).ToList();
            var stored = (await db.AttemptAnswers.Where(x => withFinals.Contains(x.AttemptId)).ToListAsync(ct)).ToLookup(x => x.AttemptId);
            foreach (var (attempt, final, now) in finals) KeepFinalAnswers(attempt, [.. stored[attempt.Id]], final, now);
            // Let the finaliser read what was just kept.
            await db.SaveChangesAsync(ct);
        }
        await finaliser.SubmitAllAsync(open, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        await finaliser.SettleApplicationsAsync([.. open.Select(o => (o.Attempt.ApplicationId, o.At))], ct);
        return outcomes;
    }

    /// <summary>The submitted form is the page's last word: an answer that differs from the stored one replaces it.</summary>
    private async Task KeepFinalAnswersAsync(Attempt attempt, IReadOnlyDictionary<string, AnswerValue> final, DateTime now, CancellationToken ct)
    {
        if (final.Count == 0) return;
        KeepFinalAnswers(attempt, await db.AttemptAnswers.Where(x => x.AttemptId == attempt.Id).ToListAsync(ct), final, now);
        // Let the finaliser read what was just kept.
        await db.SaveChangesAsync(ct);
    }

    private void KeepFinalAnswers(Attempt attempt, List<AttemptAnswer> answers, IReadOnlyDictionary<string, AnswerValue> final, DateTime now)
    {
        var form = AttemptForms.Read(attempt);
        foreach (var item in form.Answerable())
        {
            if (!final.TryGetValue(item.Id, out var value) || value.Problem(item) is not null) continue;
            var stored = answers.FirstOrDefault(x => x.ItemId == item.Id);
            if (stored is not null && Same(AnswerValue.Parse(stored.Value), value)) continue;
            saver.Apply(attempt, item, answers, new SaveRequest(item.Id, (stored?.Seq ?? 0) + 1, value), now);
        }
    }

    private static bool Same(AnswerValue a, AnswerValue b) =>
        a.Most == b.Most && a.Least == b.Least && a.Choice == b.Choice && a.Text == b.Text
        && (a.Fields ?? []).OrderBy(kv => kv.Key).SequenceEqual((b.Fields ?? []).OrderBy(kv => kv.Key))
        && (b.Keys is null || (a.Keys?.Count ?? 0) >= b.Keys.Count);
}
