using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Timing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>What the page sends with each autosave: the item, the page's sequence number, the answer.</summary>
public sealed record SaveRequest(string ItemId, long Seq, AnswerValue Value);

public enum SaveStatus { Saved, Stale, Closed, Submitted, Invalid, NotFound }

/// <summary>What every save and heartbeat answers: the outcome, the server's remaining time and the progress.</summary>
public sealed record SaveResponse(string Status, string? Message, double RemainingSeconds, int Answered, int Total)
{
    public const string TooLate = "Time is up: this answer arrived after the test closed and was not saved.";
    public const string AlreadySubmitted = "This test has been submitted: answers can no longer change.";
}

/// <summary>
/// Saves one answer as it is given. Idempotent: a save with a sequence number not above the stored one
/// is ignored, so a late-arriving older save never overwrites a newer answer. Every save also bumps
/// the attempt's concurrency token, so a save and a submission racing each other cannot both win.
/// </summary>
public sealed class AnswerSaver(HiringDbContext db, TimeProvider clock, IOptions<AssessmentOptions> options)
{
    public async Task<(SaveStatus Status, SaveResponse Response)> SaveAsync(Guid attemptId, string candidateId, SaveRequest request, CancellationToken ct = default)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                return await TrySaveAsync(attemptId, candidateId, request, ct);
            }
            catch (DbUpdateException) when (tries < Retry.Times)
            {
                // Concurrency token or unique (attempt, item) index: someone else changed it first. Read again and retry.
                await Retry.PauseAsync(tries, ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(SaveStatus, SaveResponse)> TrySaveAsync(Guid attemptId, string candidateId, SaveRequest request, CancellationToken ct)
    {
        var attempt = await db.Attempts.SingleOrDefaultAsync(a => a.Id == attemptId && a.Application!.CandidateId == candidateId, ct);
        if (attempt is null) return (SaveStatus.NotFound, new SaveResponse("notfound", "No such test.", 0, 0, 0));
        var now = clock.GetUtcNow().UtcDateTime;
        var form = AttemptForms.Read(attempt);
        var answers = await db.AttemptAnswers.Where(x => x.AttemptId == attempt.Id).ToListAsync(ct);

        if (attempt.IsSubmitted) return (SaveStatus.Submitted, Respond(attempt, form, answers, now, "submitted", SaveResponse.AlreadySubmitted));
        AttemptContact.Record(attempt, now);
        if (!AttemptClock.AcceptsAnswers(now, attempt.DeadlineAt, options.Value.Grace))
            return (SaveStatus.Closed, Respond(attempt, form, answers, now, "closed", SaveResponse.TooLate));

        var item = form.Items.FirstOrDefault(i => i.Id == request.ItemId);
        var problem = item is null ? "Unknown item." : request.Value.Problem(item);
        if (problem is not null) return (SaveStatus.Invalid, Respond(attempt, form, answers, now, "invalid", problem));

        var status = Apply(attempt, item!, answers, request, now);
        attempt.Version++;
        await db.SaveChangesAsync(ct);
        return (status, Respond(attempt, form, answers, now, status == SaveStatus.Saved ? "saved" : "stale", null));
    }

    /// <summary>Writes the answer unless a newer one (higher Seq) is already stored.</summary>
    internal SaveStatus Apply(Attempt attempt, FormItem item, List<AttemptAnswer> answers, SaveRequest request, DateTime now)
    {
        var row = answers.FirstOrDefault(x => x.ItemId == item.Id);
        if (row is not null && row.Seq >= request.Seq) return SaveStatus.Stale;
        var value = item.Part == ItemPart.Passage ? StampReading(row, request.Value.Event, now) : request.Value;
        if (row is null)
        {
            row = new AttemptAnswer { AttemptId = attempt.Id, ItemId = item.Id, Value = "" };
            db.AttemptAnswers.Add(row);
            answers.Add(row);
        }
        (row.Value, row.Seq, row.SavedAt) = (value.ToJson(), request.Seq, now);
        row.Version++;
        return SaveStatus.Saved;
    }

    /// <summary>Reading times come from the server's clock: the page only says "opened" and "finished reading".</summary>
    private static AnswerValue StampReading(AttemptAnswer? row, string? @event, DateTime now)
    {
        var value = row is null ? new AnswerValue() : AnswerValue.Parse(row.Value);
        if (@event == "open") value.OpenedAt ??= now;
        if (@event == "read") { value.OpenedAt ??= now; value.ReadAt ??= now; }
        return value;
    }

    public static SaveResponse Respond(Attempt attempt, Form form, IEnumerable<AttemptAnswer> answers, DateTime now, string status, string? message)
    {
        var parts = form.Items.ToDictionary(i => i.Id, i => i.Part);
        var answered = answers.Count(a => parts.TryGetValue(a.ItemId, out var part) && AnswerValue.Parse(a.Value).Answers(part));
        var remaining = attempt.IsSubmitted ? 0 : AttemptClock.Remaining(now, attempt.DeadlineAt).TotalSeconds;
        return new SaveResponse(status, message, Math.Round(remaining, 1), answered, form.Answerable().Count());
    }
}
