using System.Security.Claims;
using Hiring.Core.Assessments.Timing;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Localization;
using Hiring.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Recruiting;

/// <summary>
/// Accommodation requests: a candidate asks on their application page (and may change the request until they start a
/// test), a recruiter grants or declines it. Each decision is mailed to the candidate in their language and audited;
/// the audit line says what was decided, never what was asked nor why. A refusal comes back as a sentence in the reader's language.
/// </summary>
public sealed class Accommodations(HiringDbContext db, MailOutbox outbox, TimeProvider clock)
{
    private static readonly IStringLocalizer Text = StaticText.For(typeof(Accommodations));

    public sealed record Ask(bool ExtraTime, bool ScreenReader, bool NoAudio, bool Other, string? Note);

    /// <summary>True while the candidate may still ask or change the request: the application is open and no test has started.</summary>
    public async Task<bool> CanAskAsync(Application application, CancellationToken ct = default) =>
        !StageRules.IsFinal(application.Stage) && !await db.Attempts.AnyAsync(t => t.ApplicationId == application.Id, ct);

    /// <summary>Records or changes the request (a change after a decision asks again); null when saved.</summary>
    public async Task<string?> RequestAsync(Application application, Ask ask, CancellationToken ct = default)
    {
        var note = TextInput.Clean(ask.Note);
        if (!(ask.ExtraTime || ask.ScreenReader || ask.NoAudio || ask.Other)) return Text["Tick at least one thing you need."];
        if (ask.Other && note.Length == 0) return Text["Say in the note what else you need."];
        if (note.Length > AccommodationRequest.MaxText) return Text["Keep the note to {0:N0} characters.", AccommodationRequest.MaxText];
        if (!await CanAskAsync(application, ct)) return Text["You have started a test or this application is closed, so the request can no longer be changed."];
        var request = await db.AccommodationRequests.SingleOrDefaultAsync(r => r.ApplicationId == application.Id, ct);
        if (request is null) db.AccommodationRequests.Add(request = new AccommodationRequest { ApplicationId = application.Id });
        (request.ExtraTime, request.ScreenReader, request.NoAudio, request.Other, request.Note) = (ask.ExtraTime, ask.ScreenReader, ask.NoAudio, ask.Other, note);
        (request.Status, request.RequestedAt, request.DecidedAt, request.DecidedById, request.DeclineReason) =
            (AccommodationStatus.Requested, Now, null, null, "");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Grants a waiting request; extra time at <paramref name="factor"/> (one of <see cref="AttemptClock.AccommodationFactors"/>).</summary>
    public async Task<string?> GrantAsync(Guid applicationId, double factor, ClaimsPrincipal by, CancellationToken ct = default)
    {
        if (await WaitingAsync(applicationId, ct) is not { } asked) return Text["There is no request waiting for a decision."];
        if (asked.ExtraTime && (factor <= 1.0 || !AttemptClock.AccommodationFactors.Contains(factor))) return Text["Choose how much extra time to grant."];
        return await DecideAsync(applicationId, AccommodationStatus.Granted, "", by, new(
            asked.ExtraTime ? $"Request granted, time limits × {factor:0.##}" : "Request granted", MailTemplateKeys.AccommodationGranted,
            r => Granted(r, factor), a => a.AccommodationFactor = asked.ExtraTime ? factor : a.AccommodationFactor), ct);
    }

    /// <summary>Declines a waiting request with a reason the candidate reads (in the mail and on their page).</summary>
    public async Task<string?> DeclineAsync(Guid applicationId, string? reason, ClaimsPrincipal by, CancellationToken ct = default)
    {
        var why = TextInput.Clean(reason);
        if (why.Length is 0 or > AccommodationRequest.MaxText) return Text["Give the candidate a reason (up to {0:N0} characters): it goes into the e-mail.", AccommodationRequest.MaxText];
        if (await WaitingAsync(applicationId, ct) is null) return Text["There is no request waiting for a decision."];
        return await DecideAsync(applicationId, AccommodationStatus.Declined, why, by, new("Request declined", MailTemplateKeys.AccommodationDeclined, Needs), ct);
    }

    /// <summary>What a decision writes besides the request's status: the audit line, the mail and its list, the change to the application.</summary>
    private sealed record Decision(string AuditDetail, string Template, Func<AccommodationRequest, List<string>> Lines, Action<Application>? Apply = null);

    /// <summary>
    /// Claims the waiting request with a conditional update first (so two recruiters deciding at once make one decision and
    /// send one mail), then changes the application, audits and queues the mail, all in one transaction.
    /// </summary>
    private async Task<string?> DecideAsync(Guid applicationId, AccommodationStatus status, string reason, ClaimsPrincipal by, Decision decision, CancellationToken ct)
    {
        var (now, me) = (Now, by.FindFirstValue(ClaimTypes.NameIdentifier));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.AccommodationRequests.Where(r => r.ApplicationId == applicationId && r.Status == AccommodationStatus.Requested)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.DecidedAt, now)
                .SetProperty(r => r.DecidedById, me).SetProperty(r => r.DeclineReason, reason), ct);
        if (claimed == 0) return Text["There is no request waiting for a decision."];
        var application = await db.Applications.Include(a => a.Post).Include(a => a.Candidate).Include(a => a.Accommodation).SingleAsync(a => a.Id == applicationId, ct);
        decision.Apply?.Invoke(application);
        Audit.Record(db, by, AuditActions.Accommodation, AuditRecordTypes.Application, applicationId.ToString(), decision.AuditDetail);
        try
        {
            using (CultureSwitch.To(MailOutbox.CultureOf(application.Candidate)))
                await outbox.EnqueueAsync(decision.Template, application, reason.Length > 0 ? reason : null, ct,
                    new() { [MailTemplateKeys.Accommodation] = Lines(decision.Lines(application.Accommodation!)) });
        }
        catch (MailTemplateException e)
        {
            return Text["Nothing was decided: the e-mail to the candidate could not be written. {0}", e.Message];
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>What the candidate asked for, in the current language ("Extra time", "A screen reader", …).</summary>
    public static List<string> Needs(AccommodationRequest r) => Describe(r, Text["Extra time"]);

    /// <summary>What a granted request gives, in the current language: the extra time as its factor, the other needs as asked.</summary>
    public static List<string> Granted(AccommodationRequest r, double factor) =>
        Describe(r, Text["Extra time: {0} × each test's time limit", factor.ToString("0.##")]);

    private static List<string> Describe(AccommodationRequest r, string extraTime)
    {
        var needs = new List<string>();
        if (r.ExtraTime) needs.Add(extraTime);
        if (r.ScreenReader) needs.Add(Text["A screen reader"]);
        if (r.NoAudio) needs.Add(Text["No audio: the simulation's call read, not heard"]);
        if (r.Other) needs.Add(Text["Something else (in the note)"]);
        return needs;
    }

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items.Select(i => "- " + i));

    private Task<AccommodationRequest?> WaitingAsync(Guid applicationId, CancellationToken ct) =>
        db.AccommodationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.ApplicationId == applicationId && r.Status == AccommodationStatus.Requested, ct);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
