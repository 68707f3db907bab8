namespace Hiring.Web.Domain;

/// <summary>
/// The questions an application's interviewers ask, in order. Made from the default
/// (<see cref="Hiring.Core.Interviews.KitBuilder"/>) when first opened, then edited by staff.
/// Questions are pinned to a bank version, so an edited or retired question stays as it was asked.
/// </summary>
public class InterviewKit
{
    public Guid ApplicationId { get; set; }
    /// <summary>False: a first-job applicant, asked the motivation swap of each experience question.</summary>
    public bool HasContactCentreExperience { get; set; } = true;
    /// <summary>Space-separated competency keys the behavioural questions were picked for.</summary>
    public string FocusCompetencies { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
    public List<InterviewKitQuestion> Questions { get; set; } = [];
}

/// <summary>One question of a kit, at its place in the asking order.</summary>
public class InterviewKitQuestion
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public int Position { get; set; }
    public required string QuestionId { get; set; }
    public int QuestionVersion { get; set; }
    public BankItem? Question { get; set; }
}
