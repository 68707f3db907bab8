using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Recruiting.Rules;

/// <summary>One move a rule would make now.</summary>
public sealed record RuleStep(Guid ApplicationId, string Name, PipelineRule Rule, Stage From, Stage To);

/// <summary>
/// What each rule would do now to one post's applications, read without changing anything. The runner acts on exactly
/// this list and the rules page shows it as the dry run, so the two cannot disagree.
/// </summary>
public static class RuleSteps
{
    /// <param name="switchedOnly">False for the dry run: every rule is evaluated with its settings, on or off.</param>
    public static async Task<List<RuleStep>> DueAsync(HiringDbContext db, PipelineRules rules, DateTime now, bool switchedOnly, CancellationToken ct = default)
    {
        bool On(bool enabled) => enabled || !switchedOnly;
        var battery = await db.BatteryTests.AsNoTracking().Where(t => t.PostId == rules.PostId).Select(t => t.Id).ToListAsync(ct);
        var open = await db.Applications.AsNoTracking()
            .Where(a => a.PostId == rules.PostId && a.ErasedAt == null && (a.Stage == Stage.Applied || a.Stage == Stage.Testing || a.Stage == Stage.Tested))
            .OrderBy(a => a.AppliedAt)
            .Select(a => new
            {
                a.Id, a.FullName, a.Stage, a.AppliedAt, a.KnockedOut, a.CompositeScore,
                Scored = a.Attempts.Where(t => t.SubmittedAt != null && t.Percent != null).Select(t => new { t.BatteryTestId, t.Passed }).ToList(),
                Done = db.PipelineRuleActions.Where(x => x.ApplicationId == a.Id).Select(x => x.Rule).ToList(),
            }).ToListAsync(ct);

        var steps = new List<RuleStep>();
        foreach (var a in open)
        {
            RuleStep Step(PipelineRule rule, Stage to) => new(a.Id, a.FullName, rule, a.Stage, to);
            bool Fresh(PipelineRule rule) => !a.Done.Contains(rule);
            var allScored = battery.Count > 0 && battery.All(id => a.Scored.Any(s => s.BatteryTestId == id));
            if (a.Stage == Stage.Applied && a.KnockedOut && On(rules.RejectKnockedOut) && Fresh(PipelineRule.RejectKnockedOut)
                && rules.RejectReason.Length > 0 && a.AppliedAt.AddHours(rules.RejectAfterHours) <= now)
                steps.Add(Step(PipelineRule.RejectKnockedOut, Stage.Rejected));
            else if (a.Stage == Stage.Applied && !a.KnockedOut && battery.Count > 0 && On(rules.InviteOnApply) && Fresh(PipelineRule.InviteOnApply)
                && a.AppliedAt.AddHours(rules.InviteDelayHours) <= now)
                steps.Add(Step(PipelineRule.InviteOnApply, Stage.Testing));
            else if (a.Stage == Stage.Testing && allScored && On(rules.MoveWhenTested) && Fresh(PipelineRule.MoveWhenTested))
                steps.Add(Step(PipelineRule.MoveWhenTested, Stage.Tested));
            else if (a.Stage == Stage.Tested && allScored && On(rules.ShortlistWhenPassed) && Fresh(PipelineRule.ShortlistWhenPassed)
                && a.Scored.Where(s => battery.Contains(s.BatteryTestId)).All(s => s.Passed == true) && a.CompositeScore >= rules.ShortlistMinComposite)
                steps.Add(Step(PipelineRule.ShortlistWhenPassed, Stage.Shortlisted));
        }
        return steps;
    }
}
