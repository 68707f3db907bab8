namespace Hiring.Web.Domain;

public enum InterviewStatus { Scheduled, Cancelled }

/// <summary>
/// A booked interview for an application: when, where (a place, a video link or both) and who
/// interviews. <see cref="CalendarUid"/> never changes, and <see cref="Sequence"/> goes up on every
/// change, so calendar programs update the one event instead of adding another.
/// </summary>
public class Interview
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ApplicationId { get; set; }
    public Application? Application { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string Location { get; set; } = "";
    public string? VideoLink { get; set; }
    public InterviewStatus Status { get; set; }
    public int Sequence { get; set; }
    public required string CalendarUid { get; set; }
    public string? ScheduledById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<InterviewPanelist> Panel { get; set; } = [];
}

/// <summary>
/// An interviewer on an interview's panel. The scorecard reminder is claimed (<see cref="ReminderClaimedBy"/>,
/// <see cref="ReminderClaimedAt"/>) before it is sent, so two app instances never both send it.
/// </summary>
public class InterviewPanelist
{
    public long Id { get; set; }
    public Guid InterviewId { get; set; }
    public required string InterviewerId { get; set; }
    public ApplicationUser? Interviewer { get; set; }
    public string? ReminderClaimedBy { get; set; }
    public DateTime? ReminderClaimedAt { get; set; }
    public DateTime? ReminderSentAt { get; set; }
}
