using Hiring.Core.Assessments.Timing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

public enum SubmitOutcome { Submitted, AlreadySubmitted, NotFound }

/// <summary>
/// The candidate's submit (button, or the page at the deadline): the form's final answers are kept if
/// they arrive in time, then the attempt is scored. A late form changes no answer; a second submit changes nothing.
/// </summary>
public sealed class CandidateSubmission(HiringDbContext db, AnswerSaver saver, AttemptFinaliser finaliser, TimeProvider clock, IOptions<AssessmentOptions> options)
{
    public async Task<SubmitOutcome> SubmitAsync(Guid attemptId, string candidateId, Func<Attempt, IReadOnlyDictionary<string, AnswerValue>> formAnswers, CancellationToken ct = default)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                var attempt = await db.Attempts.SingleOrDefaultAsync(a => a.Id == attemptId && a.Application!.CandidateId == candidateId, ct);
                if (attempt is null) return SubmitOutcome.NotFound;
                if (attempt.IsSubmitted) return SubmitOutcome.AlreadySubmitted;
                var now = clock.GetUtcNow().UtcDateTime;
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

    /// <summary>The submitted form is the page's last word: an answer that differs from the stored one replaces it.</summary>
    private async Task KeepFinalAnswersAsync(Attempt attempt, IReadOnlyDictionary<string, AnswerValue> final, DateTime now, CancellationToken ct)
    {
        if (final.Count == 0) return;
        var form = AttemptForms.Read(attempt);
        var answers = await db.AttemptAnswers.Where(x => x.AttemptId == attempt.Id).ToListAsync(ct);
        foreach (var item in form.Answerable())
        {
            if (!final.TryGetValue(item.Id, out var value) || value.Problem(item) is not null) continue;
            var stored = answers.FirstOrDefault(x => x.ItemId == item.Id);
            if (stored is not null && Same(AnswerValue.Parse(stored.Value), value)) continue;
            saver.Apply(attempt, item, answers, new SaveRequest(item.Id, (stored?.Seq ?? 0) + 1, value), now);
        }
        // Let the finaliser read what was just kept.
        await db.SaveChangesAsync(ct);
    }

    private static bool Same(AnswerValue a, AnswerValue b) =>
        a.Most == b.Most && a.Least == b.Least && a.Choice == b.Choice && a.Text == b.Text
        && (a.Fields ?? []).OrderBy(kv => kv.Key).SequenceEqual((b.Fields ?? []).OrderBy(kv => kv.Key))
        && (b.Keys is null || (a.Keys?.Count ?? 0) >= b.Keys.Count);
}
