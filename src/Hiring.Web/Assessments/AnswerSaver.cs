using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Timing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>What the page sends with each autosave: the item, its sequence number — the server's clock in milliseconds when the
/// answer was given (see <c>TakeModel.SequenceBase</c>), which also tells an answer given before the deadline from a late one — and the answer.</summary>
public sealed record SaveRequest(string ItemId, long Seq, AnswerValue Value);

public enum SaveStatus { Saved, Stale, Closed, Submitted, Invalid, NotFound }

/// <summary>What every save and heartbeat answers: the outcome, the server's remaining time and the progress. A heartbeat
/// also says <paramref name="LatestSeq"/>, the highest sequence number stored for the attempt: a page that never sent one
/// as high knows another page (device, tab) answered after it, and reloads to show what the server holds.</summary>
public sealed record SaveResponse(string Status, string? Message, double RemainingSeconds, int Answered, int Total, long? LatestSeq = null)
{
    /// <summary>The server's clock when it answered, in Unix milliseconds: the page's answer numbers follow it.</summary>
    public long Clock { get; init; }

    public const string TooLate = "Time is up: this answer arrived after the test closed and was not saved.";
    public const string AlreadySubmitted = "This test has been submitted: answers can no longer change.";
}

/// <summary>
/// Saves one answer as it is given. Idempotent: a save with a sequence number not above the stored one
/// is ignored, so a late-arriving older save never overwrites a newer answer. Every save also bumps
/// the attempt's concurrency token, so a save and a submission racing each other cannot both win.
/// </summary>
/// <remarks>
/// The hot path of a recruitment drive (docs/benchmarks-load.md): an ordinary answer is one untracked read of
/// the attempt, then the attempt's version-checked update and an upsert that keeps the higher sequence number,
/// committed in groups by <see cref="AnswerWriter"/>. Reading-passage events (which merge with the stored row) and
/// simulation events (an append-only log) take the tracked path.
/// </remarks>
public sealed class AnswerSaver(HiringDbContext db, TimeProvider clock, IOptions<AssessmentOptions> options, BankContent multitask, AnswerProgress progress, AnswerWriter writer)
{
    public async Task<(SaveStatus Status, SaveResponse Response)> SaveAsync(Guid attemptId, string candidateId, SaveRequest request, CancellationToken ct = default)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                return await TrySaveAsync(attemptId, candidateId, request, tries == 0, ct);
            }
            catch (DbUpdateException) when (tries < Retry.Times)
            {
                progress.Forget(attemptId);
                // Concurrency token or unique (attempt, item) index: someone else changed it first. Read again and retry.
                await Retry.PauseAsync(tries, ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <param name="mayStartFromWritten">Start from the attempt as this node last wrote it (see <see cref="AnswerProgress.Written"/>)
    /// rather than read it; only an accepted write is answered from it, anything else is decided on the row.</param>
    private async Task<(SaveStatus, SaveResponse)> TrySaveAsync(Guid attemptId, string candidateId, SaveRequest request, bool mayStartFromWritten, CancellationToken ct)
    {
        var written = mayStartFromWritten ? progress.Written(attemptId, candidateId) : null;
        var attempt = written ?? await db.Attempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId && a.Application!.CandidateId == candidateId, ct);
        if (attempt is null) return (SaveStatus.NotFound, new SaveResponse("notfound", "No such test.", 0, 0, 0));
        var now = clock.GetUtcNow().UtcDateTime;
        var form = AttemptForms.Read(attempt);
        var item = form.Items.FirstOrDefault(i => i.Id == (attempt.Kind == TestKind.Multitask ? MultitaskEvents.ItemOf(request.ItemId) : request.ItemId));
        var tracked = item?.Part is ItemPart.Simulation or ItemPart.Passage;
        if (written is not null && tracked) return await TrySaveAsync(attemptId, candidateId, request, false, ct);
        if (tracked) return await TrySaveTrackedAsync(attempt, form, item!, request, now, ct);

        var refusal = Refusal(attempt, request, item is null ? "Unknown item." : request.Value.Problem(item), now);
        if (refusal is not null && written is not null) return await TrySaveAsync(attemptId, candidateId, request, false, ct);
        var answered = await progress.AnsweredAsync(db, attempt, form, ct);
        if (refusal is { } r) return (r.Status, Respond(attempt, form, answered.Count, now, r.Word, r.Message));

        var status = await WriteAsync(attempt, item!, request, now);
        if (status == SaveStatus.Saved)
        {
            var changed = new HashSet<string>(answered);
            if (request.Value.Answers(item!.Part)) changed.Add(item.Id); else changed.Remove(item.Id);
            answered = changed;
        }
        progress.Remember(attempt, candidateId, answered);
        return (status, Respond(attempt, form, answered.Count, now, status == SaveStatus.Saved ? "saved" : "stale", null));
    }

    /// <summary>
    /// Why the answer cannot be written, in this order: the test was submitted; it is past its deadline and grace, or in
    /// the grace but stamped (its Seq, the server's clock in ms when it was given) after the deadline — checked after
    /// recording this contact, which may credit an outage; the answer itself is wrong (<paramref name="problem"/>).
    /// Null when it can be written.
    /// </summary>
    private (SaveStatus Status, string Word, string Message)? Refusal(Attempt attempt, SaveRequest request, string? problem, DateTime now)
    {
        if (attempt.IsSubmitted) return (SaveStatus.Submitted, "submitted", SaveResponse.AlreadySubmitted);
        AttemptContact.Record(attempt, now);
        if (!AttemptClock.AcceptsAnswer(now, attempt.DeadlineAt, options.Value.Grace, request.Seq)) return (SaveStatus.Closed, "closed", SaveResponse.TooLate);
        return problem is null ? null : (SaveStatus.Invalid, "invalid", problem);
    }

    /// <summary>
    /// The attempt's contact and version, checked against the version read (a submission or a sweep in between
    /// makes it throw and the save is retried from the top), then the answer unless a newer one (higher Seq) is
    /// stored; committed together with the saves that arrived alongside (<see cref="AnswerWriter"/>).
    /// Bumps <paramref name="attempt"/>'s Version to what was written.
    /// </summary>
    private async Task<SaveStatus> WriteAsync(Attempt attempt, FormItem item, SaveRequest request, DateTime now)
    {
        var written = await writer.WriteAsync(new AnswerWrite(attempt.Id, attempt.Version, attempt.LastContactAt, attempt.DeadlineAt,
            attempt.OutageCount, attempt.OutageSeconds, attempt.CreditedSeconds, item.Id, request.Value.ToJson(), request.Seq, now));
        if (written == AnswerWritten.AttemptChanged) throw new DbUpdateConcurrencyException($"Attempt {attempt.Id} changed while an answer was being saved.");
        attempt.Version++;
        if (written == AnswerWritten.Saved) return SaveStatus.Saved;
        // Not written: either a newer answer is stored (another page answered later), or this very answer was stored
        // before and its acknowledgement was lost on the way back. The page reloads on the first, so the second says saved.
        var stored = await db.AttemptAnswers.AsNoTracking().Where(x => x.AttemptId == attempt.Id && x.ItemId == item.Id)
            .Select(x => new { x.Seq, x.Value }).SingleOrDefaultAsync();
        return stored is not null && stored.Seq == request.Seq && stored.Value == request.Value.ToJson() ? SaveStatus.Saved : SaveStatus.Stale;
    }

    /// <summary>Reading events and simulation events: read the attempt's rows, change them through the tracker.</summary>
    private async Task<(SaveStatus, SaveResponse)> TrySaveTrackedAsync(Attempt attempt, Form form, FormItem item, SaveRequest request, DateTime now, CancellationToken ct)
    {
        db.Attempts.Attach(attempt);
        // Untracked: only the row this save changes is attached, so saving compares one row, not all of them.
        var answers = await db.AttemptAnswers.AsNoTracking().Where(x => x.AttemptId == attempt.Id).ToListAsync(ct);
        var problem = item.Part == ItemPart.Simulation ? await multitask.ProblemAsync(item, request.Value.Sim, ct) : request.Value.Problem(item);
        if (Refusal(attempt, request, problem, now) is { } r) return (r.Status, Respond(attempt, form, answers, now, r.Word, r.Message));

        var status = item.Part == ItemPart.Simulation
            ? MultitaskEvents.Append(attempt, item, answers, request, now, row => db.AttemptAnswers.Add(row))
            : Apply(attempt, item, answers, request, now);
        attempt.Version++;
        await db.SaveChangesAsync(ct);
        progress.Remember(attempt.Id, attempt.Version, AnswerProgress.Answered(form, answers));
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
        else if (db.Entry(row).State == EntityState.Detached) db.AttemptAnswers.Attach(row);
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

    public static SaveResponse Respond(Attempt attempt, Form form, IEnumerable<AttemptAnswer> answers, DateTime now, string status, string? message) =>
        Respond(attempt, form, AnswerProgress.Answered(form, answers).Count, now, status, message);

    public static SaveResponse Respond(Attempt attempt, Form form, int answered, DateTime now, string status, string? message)
    {
        var remaining = attempt.IsSubmitted ? 0 : AttemptClock.Remaining(now, attempt.DeadlineAt).TotalSeconds;
        return new SaveResponse(status, message, Math.Round(remaining, 1), answered, form.Answerable().Count())
        {
            Clock = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc)).ToUnixTimeMilliseconds(),
        };
    }
}
