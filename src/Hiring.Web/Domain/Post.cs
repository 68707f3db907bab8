using Hiring.Core.Assessments;

namespace Hiring.Web.Domain;

public enum PostStatus { Draft, Open, Closed }
public enum WorkMode { OnSite, Remote, Hybrid }

/// <summary>A job post recruiters publish and candidates apply to.</summary>
public class Post
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public PostType PostType { get; set; }
    public WorkMode WorkMode { get; set; }
    public string Site { get; set; } = "";
    public string Shifts { get; set; } = "";
    public string Languages { get; set; } = "";
    public string? SalaryBand { get; set; }
    /// <summary>Markdown; rendered through the sanitizer.</summary>
    public string Description { get; set; } = "";
    public PostStatus Status { get; set; }
    public DateTime? ClosingDate { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public List<Application> Applications { get; set; } = [];
    /// <summary>The assessment battery invited applicants take.</summary>
    public List<BatteryTest> Battery { get; set; } = [];
    /// <summary>Days an invited applicant has to finish the battery.</summary>
    public int CompleteTestsWithinDays { get; set; } = BatteryDefaults.CompleteWithinDays;
}
