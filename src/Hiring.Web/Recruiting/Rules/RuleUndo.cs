using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Recruiting.Rules;

/// <summary>
/// Takes back a rule's move within <see cref="Window"/>, while the application is still where the rule put it. It is the
/// one backward move the pipeline allows (a rule's rejection included), so it does not go through <see cref="StageRules"/>;
/// it is written in the history and the audit log by the person who undid it. The action row is kept, marked undone, so
/// the rule does not make the move again. A mail the move queued is not recalled.
/// </summary>
public sealed class RuleUndo(HiringDbContext db, TimeProvider clock, IStringLocalizer<RuleUndo> text)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public async Task<BulkResult> UndoAsync(int postId, long actionId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var move = await db.PipelineRuleActions.SingleOrDefaultAsync(x => x.Id == actionId && x.PostId == postId, ct);
        if (move is null || move.UndoneAt is not null) return new(false, text["That move was already undone."]);
        if (now - move.At > Window) return new(false, text["A rule's move can be undone for {0} hours; this one is older. Move the application by hand.", Window.TotalHours]);
        var application = await db.Applications.Include(a => a.History).SingleAsync(a => a.Id == move.ApplicationId, ct);
        if (application.Stage != move.To)
            return new(false, text["{0} has moved on since the rule moved them; nothing was changed.", application.FullName]);

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var why = $"Undid {RuleRunner.ActorName(move.Rule)}";
        application.History.Add(new StageChange { ApplicationId = application.Id, From = move.To, To = move.From, At = now, ByUserId = userId, Reason = why });
        (application.Stage, application.StageChangedAt) = (move.From, now);
        if (move.From == Stage.Applied && move.To == Stage.Testing) (application.TestsInvitedAt, application.TestsDueAt) = (null, null);
        (move.UndoneAt, move.UndoneById) = (now, userId);
        Audit.Record(db, user, AuditActions.StageChange, AuditRecordTypes.Application, application.Id.ToString(), $"{move.To} → {move.From}: {why}");
        await db.SaveChangesAsync(ct);
        return new(true, text["{0} is back in {1}; the rule will not move them again.", application.FullName, Localization.DisplayNames.Of(move.From)]);
    }
}
