using System.Globalization;
using Hiring.Web.Domain;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Posts;

/// <summary>The rules page's fields: one post's <see cref="PipelineRules"/>, every rule off until ticked.</summary>
public sealed class RulesForm
{
    public bool InviteOnApply { get; set; }
    public int InviteDelayHours { get; set; }
    public bool RejectKnockedOut { get; set; }
    public int RejectAfterHours { get; set; } = 24;
    public string? RejectReason { get; set; }
    public bool MoveWhenTested { get; set; }
    public bool ShortlistWhenPassed { get; set; }
    public double ShortlistMinComposite { get; set; } = 60;
    public int TestReminderHours { get; set; } = PipelineRules.DefaultTestReminderHours;
    public bool ScorecardReminders { get; set; } = true;

    public static RulesForm From(PipelineRules r) => new()
    {
        InviteOnApply = r.InviteOnApply, InviteDelayHours = r.InviteDelayHours, RejectKnockedOut = r.RejectKnockedOut,
        RejectAfterHours = r.RejectAfterHours, RejectReason = r.RejectReason, MoveWhenTested = r.MoveWhenTested,
        ShortlistWhenPassed = r.ShortlistWhenPassed, ShortlistMinComposite = r.ShortlistMinComposite, TestReminderHours = r.TestReminderHours,
        ScorecardReminders = r.ScorecardReminders,
    };

    public IEnumerable<(string Field, string Message)> Problems(IStringLocalizer text)
    {
        if (InviteDelayHours is < 0 or > 168) yield return (nameof(InviteDelayHours), text["Wait between 0 and 168 hours before inviting."]);
        if (RejectAfterHours is < 0 or > 720) yield return (nameof(RejectAfterHours), text["Wait between 0 and 720 hours before rejecting."]);
        if (RejectKnockedOut && string.IsNullOrWhiteSpace(RejectReason))
            yield return (nameof(RejectReason), text["Give the reason for the rejection: it goes into the e-mail."]);
        if ((RejectReason ?? "").Length > Hiring.Web.Recruiting.BulkActions.MaxReason)
            yield return (nameof(RejectReason), text["Keep the reason to {0:N0} characters.", Hiring.Web.Recruiting.BulkActions.MaxReason]);
        if (ShortlistMinComposite is < 0 or > 100 || double.IsNaN(ShortlistMinComposite))
            yield return (nameof(ShortlistMinComposite), text["The composite threshold is between 0 and 100."]);
        if (TestReminderHours is < 0 or > Mail.TestReminderJob.MaxHours)
            yield return (nameof(TestReminderHours), text["Remind between 0 (never) and 168 hours before the deadline."]);
    }

    /// <summary>Copies the fields onto <paramref name="r"/>; returns what changed, for the audit line.</summary>
    public string ApplyTo(PipelineRules r)
    {
        var before = Describe(From(r));
        (r.InviteOnApply, r.InviteDelayHours, r.RejectKnockedOut, r.RejectAfterHours) = (InviteOnApply, InviteDelayHours, RejectKnockedOut, RejectAfterHours);
        (r.RejectReason, r.MoveWhenTested, r.ShortlistWhenPassed) = (Infrastructure.TextInput.Clean(RejectReason), MoveWhenTested, ShortlistWhenPassed);
        (r.ShortlistMinComposite, r.TestReminderHours, r.ScorecardReminders) = (ShortlistMinComposite, TestReminderHours, ScorecardReminders);
        return $"{before} → {Describe(From(r))}";
    }

    private static string Describe(RulesForm f) => string.Create(CultureInfo.InvariantCulture,
        $"invite {(f.InviteOnApply ? "on" : "off")} after {f.InviteDelayHours} h; knock-out {(f.RejectKnockedOut ? "on" : "off")} after {f.RejectAfterHours} h; " +
        $"tested {(f.MoveWhenTested ? "on" : "off")}; shortlist {(f.ShortlistWhenPassed ? "on" : "off")} at {f.ShortlistMinComposite}; reminder {f.TestReminderHours} h; scorecard reminders {(f.ScorecardReminders ? "on" : "off")}");

    public PipelineRules ToRules(int postId)
    {
        var r = new PipelineRules { PostId = postId };
        ApplyTo(r);
        return r;
    }
}
