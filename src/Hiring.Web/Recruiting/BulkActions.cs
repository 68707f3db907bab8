using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Hiring.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Recruiting;

public enum BulkAction { InviteToTests, Shortlist, Reject, Move }

public sealed record BulkResult(bool Done, string Message);

/// <summary>
/// Pipeline actions on a selection of applications: all or nothing. Every move is checked against
/// <see cref="StageRules"/> first; if one is not allowed nothing changes. The stage changes, their
/// history rows and the mails they cause are written in one SaveChanges (one transaction).
/// </summary>
public sealed class BulkActions(HiringDbContext db, MailOutbox outbox, TimeProvider clock, IStringLocalizer<BulkActions> text)
{
    /// <summary>A reason is kept with the stage change (and goes into the e-mail): a sentence or two, not a document.</summary>
    public const int MaxReason = 1000;

    /// <param name="rule">The pipeline rule acting when no person does (<paramref name="byUserId"/> null): its name leads the
    /// history's reason and is the audit line's actor.</param>
    public async Task<BulkResult> RunAsync(IReadOnlyCollection<Guid> ids, BulkAction action, Stage? moveTo, string? reason, string? byUserId,
        CancellationToken ct = default, string? rule = null)
    {
        reason = Infrastructure.TextInput.Clean(reason);
        if (ids.Count == 0) return new(false, text["Select at least one application."]);
        if (reason.Length > MaxReason) return new(false, text["Keep the reason to {0:N0} characters: it goes into the e-mail.", MaxReason]);
        var target = action switch
        {
            BulkAction.InviteToTests => Stage.Testing,
            BulkAction.Shortlist => Stage.Shortlisted,
            BulkAction.Reject => Stage.Rejected,
            _ => moveTo ?? Stage.Applied,
        };
        if (action == BulkAction.Move && moveTo is null) return new(false, text["Choose the stage to move to."]);
        // However it is reached (Reject, or Move to Rejected), a rejection sends the e-mail, and the e-mail needs its reason.
        if (target == Stage.Rejected && reason.Length == 0) return new(false, text["Give a reason for the rejection: it goes into the e-mail to the applicants."]);

        var applications = await db.Applications.Include(a => a.Post!).ThenInclude(p => p.Battery).Include(a => a.Candidate)
            .Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        if (applications.Count != ids.Count) return new(false, text["Some of the selected applications no longer exist; reload the list."]);

        var now = clock.GetUtcNow().UtcDateTime;
        var why = reason.Length > 0 ? reason : Describe(target);
        if (rule is not null) why = $"{rule}: {why}"[..Math.Min(MaxReason, rule.Length + 2 + why.Length)];
        var refused = applications.Where(a => !a.TryMoveTo(target, byUserId, why, now, a.Post!.Battery.Count > 0)).ToList();
        if (refused.Count > 0)
        {
            db.ChangeTracker.Clear();
            var who = string.Join(text["; "], refused.Take(5).Select(a => text["{0} is {1}", a.FullName, DisplayNames.Of(a.Stage)]));
            var more = refused.Count > 5 ? text[" and {0} more", refused.Count - 5].Value : "";
            return new(false, text["Nothing was changed: {0}{1} — cannot move to {2}.", who, more, DisplayNames.Of(target)]);
        }

        var mails = 0;
        try
        {
            foreach (var a in applications)
            {
                if (target == Stage.Testing)
                    (a.TestsInvitedAt, a.TestsDueAt, a.TestReminderSentAt) = (now, now.AddDays(a.Post!.CompleteTestsWithinDays), null);
                if (MailFor(target) is { } key)
                {
                    await outbox.EnqueueAsync(key, a, reason.Length > 0 ? reason : null, ct);
                    mails++;
                }
            }
        }
        catch (MailTemplateException e)
        {
            db.ChangeTracker.Clear();
            return new(false, text["Nothing was changed: the {0} e-mail could not be written. {1}", DisplayNames.Of(target), e.Message]);
        }
        await AuditMovesAsync(applications, byUserId, rule, ct);
        await db.SaveChangesAsync(ct);
        var moved = applications.Count == 1 ? text["1 application"] : text["{0} applications", applications.Count];
        var queued = mails == 1 ? text["1 e-mail"] : text["{0} e-mails", mails];
        return new(true, text["{0}: {1} moved; {2} queued.", DisplayNames.Of(target), moved, queued]);
    }

    /// <summary>One stage.change audit line per application, committed with the moves.</summary>
    private async Task AuditMovesAsync(List<Application> moved, string? byUserId, string? rule, CancellationToken ct)
    {
        var name = byUserId is null ? rule ?? "system" : await db.Users.Where(u => u.Id == byUserId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        Claim[] claims = byUserId is null ? [new(ClaimTypes.Name, name!)] : [new(ClaimTypes.NameIdentifier, byUserId), new(ClaimTypes.Name, name ?? "")];
        var by = new ClaimsPrincipal(new ClaimsIdentity(claims, "audit"));
        var log = new AuditLog(db, clock);
        foreach (var a in moved)
            log.Add(by, AuditActions.StageChange, AuditRecordTypes.Application, a.Id.ToString(), $"{a.History[^1].From} → {a.Stage}: {a.History[^1].Reason}");
    }

    /// <summary>The mail a move sends, if any.</summary>
    public static string? MailFor(Stage to) => to switch
    {
        Stage.Testing => MailTemplateKeys.TestInvitation,
        Stage.Shortlisted => MailTemplateKeys.Shortlisted,
        Stage.Rejected => MailTemplateKeys.Rejection,
        Stage.Offer => MailTemplateKeys.Offer,
        _ => null,
    };

    private static string Describe(Stage to) => to switch
    {
        Stage.Testing => "Invited to the assessment battery",
        Stage.Shortlisted => "Shortlisted",
        _ => $"Moved to {to}",
    };
}
