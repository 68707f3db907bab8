using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Recruiting.Rules;

/// <summary>
/// Makes the moves the posts' switched-on rules call for, each through <see cref="BulkActions"/> (the same checks, history,
/// audit line and outbox mail as a recruiter's move), by no person: the rule is named in the history and the audit line.
/// Each move's <see cref="PipelineRuleAction"/> row is saved in the same transaction; its unique index is the claim, so when
/// two instances run at once one commits and the other's insert fails and changes nothing: no move or mail happens twice.
/// </summary>
public sealed class RuleRunner(HiringDbContext db, BulkActions bulk, TimeProvider clock, ILogger<RuleRunner> logger)
{
    /// <summary>The name a rule acts under in the history and the audit log (stored, so in English like the other reasons).</summary>
    public static string ActorName(PipelineRule rule) => rule switch
    {
        PipelineRule.InviteOnApply => "Rule (invite on apply)",
        PipelineRule.RejectKnockedOut => "Rule (knock-out answer)",
        PipelineRule.MoveWhenTested => "Rule (all tests scored)",
        _ => "Rule (passed every test)",
    };

    /// <summary>Makes every move that is due now; returns how many this instance made.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var posts = await db.PipelineRules.AsNoTracking()
            .Where(r => r.InviteOnApply || r.RejectKnockedOut || r.MoveWhenTested || r.ShortlistWhenPassed).ToListAsync(ct);
        var made = 0;
        foreach (var rules in posts)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var step in await RuleSteps.DueAsync(db, rules, now, switchedOnly: true, ct))
                if (await MakeAsync(step, rules, now, ct)) made++;
        }
        return made;
    }

    private async Task<bool> MakeAsync(RuleStep step, PipelineRules rules, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.PipelineRuleActions.Add(new PipelineRuleAction
        {
            PostId = rules.PostId, ApplicationId = step.ApplicationId, Rule = step.Rule, From = step.From, To = step.To, At = now,
        });
        var (action, moveTo, reason) = step.Rule switch
        {
            PipelineRule.InviteOnApply => (BulkAction.InviteToTests, (Stage?)null, (string?)null),
            PipelineRule.RejectKnockedOut => (BulkAction.Reject, null, rules.RejectReason),
            PipelineRule.MoveWhenTested => (BulkAction.Move, Stage.Tested, null),
            _ => (BulkAction.Shortlist, null, null),
        };
        try
        {
            var result = await bulk.RunAsync([step.ApplicationId], action, moveTo, reason, byUserId: null, ct, ActorName(step.Rule));
            if (!result.Done) logger.LogWarning("Rule {Rule} did not move {Application}: {Message}", step.Rule, step.ApplicationId, result.Message);
            return result.Done;
        }
        catch (DbUpdateException e)
        {
            // Another instance claimed this move first (the unique index on application and rule); it made it.
            logger.LogInformation(e, "Rule {Rule} for {Application} was made elsewhere", step.Rule, step.ApplicationId);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
