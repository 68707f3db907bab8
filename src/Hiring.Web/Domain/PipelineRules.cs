using Hiring.Core.Recruiting;

namespace Hiring.Web.Domain;

/// <summary>The automatic steps one post's recruiter switched on. Every rule is off until they switch it on.</summary>
public class PipelineRules
{
    public const int DefaultTestReminderHours = 24;

    public int PostId { get; set; }
    /// <summary>Invite a new applicant to the tests <see cref="InviteDelayHours"/> after they applied (knocked-out applicants are left alone).</summary>
    public bool InviteOnApply { get; set; }
    public int InviteDelayHours { get; set; }
    /// <summary>Reject an applicant whose answer was a knock-out, <see cref="RejectAfterHours"/> after they applied, with this reason in the rejection mail.</summary>
    public bool RejectKnockedOut { get; set; }
    public int RejectAfterHours { get; set; } = 24;
    public string RejectReason { get; set; } = "";
    /// <summary>Move to Tested once every test of the battery is scored.</summary>
    public bool MoveWhenTested { get; set; }
    /// <summary>Shortlist a Tested applicant who passed every test and whose composite is at least <see cref="ShortlistMinComposite"/>.</summary>
    public bool ShortlistWhenPassed { get; set; }
    public double ShortlistMinComposite { get; set; } = 60;
    /// <summary>Hours before the tests' deadline the reminder goes; 0 sends none. Posts without rules get the default.</summary>
    public int TestReminderHours { get; set; } = DefaultTestReminderHours;
    /// <summary>Remind interviewers of this post's applicants to submit their scorecards once the interview has ended (on by default).</summary>
    public bool ScorecardReminders { get; set; } = true;
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    public bool AnyOn => InviteOnApply || RejectKnockedOut || MoveWhenTested || ShortlistWhenPassed;
}

/// <summary>The rules that move applications (the reminder is a setting of the reminder job, not a move).</summary>
public enum PipelineRule { InviteOnApply, RejectKnockedOut, MoveWhenTested, ShortlistWhenPassed }

/// <summary>
/// One move a rule made. Unique per application and rule: the row is the rule's claim (two app instances cannot both
/// insert it, so a move and its mail happen once), its activity line, and what an undo reverses; an undone move stays
/// here, so the rule never makes it again for that application.
/// </summary>
public class PipelineRuleAction
{
    public long Id { get; set; }
    public int PostId { get; set; }
    public Guid ApplicationId { get; set; }
    public PipelineRule Rule { get; set; }
    public Stage From { get; set; }
    public Stage To { get; set; }
    public DateTime At { get; set; }
    public DateTime? UndoneAt { get; set; }
    public string? UndoneById { get; set; }
}
