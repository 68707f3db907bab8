using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Assessments;

/// <summary>
/// What the page reports every ~20 s: integrity events since the last heartbeat (window blurs, seconds
/// away, paste and copy attempts, full-screen exits, synthetic input). Counts are clamped: a page cannot inflate them without bound.
/// </summary>
public sealed record HeartbeatRequest(int Blurs = 0, int AwaySeconds = 0, int Pastes = 0, int Copies = 0, int FullscreenExits = 0, int Synthetic = 0);

public sealed class Heartbeat(HiringDbContext db, TimeProvider clock, AnswerProgress progress)
{
    private const int MaxPerBeat = 10_000;

    public async Task<SaveResponse?> BeatAsync(Guid attemptId, string candidateId, HeartbeatRequest request, CancellationToken ct = default)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                var attempt = await db.Attempts.SingleOrDefaultAsync(a => a.Id == attemptId && a.Application!.CandidateId == candidateId, ct);
                if (attempt is null) return null;
                var now = clock.GetUtcNow().UtcDateTime;
                var form = AttemptForms.Read(attempt);
                var answered = await progress.AnsweredAsync(db, attempt, form, ct);
                if (!attempt.IsSubmitted)
                {
                    AttemptContact.Record(attempt, now);
                    attempt.BlurCount += Clamp(request.Blurs);
                    attempt.AwaySeconds += Clamp(request.AwaySeconds);
                    attempt.PasteCount += Clamp(request.Pastes);
                    attempt.CopyCount += Clamp(request.Copies);
                    attempt.FullscreenExits += Clamp(request.FullscreenExits);
                    attempt.SyntheticInputs += Clamp(request.Synthetic);
                    attempt.Version++;
                    await db.SaveChangesAsync(ct);
                    progress.Remember(attempt.Id, attempt.Version, answered);
                }
                var latest = await db.AttemptAnswers.AsNoTracking().Where(x => x.AttemptId == attemptId).MaxAsync(x => (long?)x.Seq, ct);
                return AnswerSaver.Respond(attempt, form, answered.Count, now,
                    attempt.IsSubmitted ? "submitted" : "alive", attempt.IsSubmitted ? SaveResponse.AlreadySubmitted : null) with { LatestSeq = latest };
            }
            catch (DbUpdateConcurrencyException) when (tries < Retry.Times)
            {
                await Retry.PauseAsync(tries, ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    private static int Clamp(int n) => Math.Clamp(n, 0, MaxPerBeat);
}
