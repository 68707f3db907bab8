using System.Security.Cryptography;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Timing;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Assessments;

public enum StartOutcome { Started, AlreadyStarted, NotFound, NotOpen, EmptyBank }

/// <summary>
/// Starts one battery test for one application: draws the form from a fresh seed, fixes the deadline
/// from the server's clock. One attempt per battery test per invitation — the unique index settles a race.
/// </summary>
public sealed class AttemptStarter(HiringDbContext db, BankContent bank, MultitaskScenarios scenarios, TimeProvider clock)
{
    public async Task<(StartOutcome Outcome, Guid? AttemptId)> StartAsync(Guid applicationId, int batteryTestId, string candidateId, CancellationToken ct = default)
    {
        var app = await db.Applications.Include(a => a.Post!).ThenInclude(p => p.Battery)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.CandidateId == candidateId, ct);
        var test = app?.Post!.Battery.SingleOrDefault(t => t.Id == batteryTestId);
        if (app is null || test is null) return (StartOutcome.NotFound, null);

        var existing = await db.Attempts.Where(a => a.ApplicationId == app.Id && a.BatteryTestId == test.Id).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct);
        if (existing is not null) return (StartOutcome.AlreadyStarted, existing);
        var now = clock.GetUtcNow().UtcDateTime;
        if (app.Stage != Stage.Testing || app.TestsDueAt is null || app.TestsDueAt < now) return (StartOutcome.NotOpen, null);

        var seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        var form = test.Kind == TestKind.Multitask
            ? await scenarios.DrawAsync(app.Post!.PostType, app.Post.Language, ct)
            : FormDrawer.Draw(test.Kind, app.Post!.PostType, seed, await bank.PoolsAsync(test.Kind, app.Post.Language, ct));
        if (!form.Answerable().Any()) return (StartOutcome.EmptyBank, null);

        var attempt = new Attempt
        {
            ApplicationId = app.Id, BatteryTestId = test.Id, Kind = test.Kind, FormSeed = unchecked((long)seed), Form = AttemptForms.Write(form),
            StartedAt = now, LastContactAt = now, TimeLimitMinutes = test.TimeLimitMinutes, PassMark = test.PassMark, Weight = test.Weight,
            AccommodationFactor = app.AccommodationFactor,
            CreditOutages = test.CreditOutages, DeadlineAt = AttemptClock.Deadline(now, test.TimeLimitMinutes, app.AccommodationFactor),
        };
        db.Attempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another tab started the same test a moment ago: that attempt is the one.
            db.ChangeTracker.Clear();
            var winner = await db.Attempts.Where(a => a.ApplicationId == app.Id && a.BatteryTestId == test.Id).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct);
            return winner is null ? throw new InvalidOperationException("Attempt could not be saved") : (StartOutcome.AlreadyStarted, winner);
        }
        return (StartOutcome.Started, attempt.Id);
    }
}
