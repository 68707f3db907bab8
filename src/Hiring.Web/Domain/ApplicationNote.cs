namespace Hiring.Web.Domain;

/// <summary>A recruiter's note on an application; staff only, never shown to the candidate.</summary>
public class ApplicationNote
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public DateTime At { get; set; }
    public string? ByUserId { get; set; }
    public string ByName { get; set; } = "";
    public required string Text { get; set; }
}
