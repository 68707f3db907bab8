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
    /// <summary>The language the post is published and tested in (a <see cref="Localization.Cultures"/> name): its battery,
    /// interview kit and simulation come from that language's banks, and its apply and test pages speak it.</summary>
    public string Language { get; set; } = Localization.Cultures.English;
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
    /// <summary>Custom application questions, asked after the standard screening ones.</summary>
    public List<PostQuestion> Questions { get; set; } = [];

    /// <summary>Open for applications at <paramref name="now"/>: published and not past its closing date.</summary>
    public bool AcceptsApplications(DateTime now) => Status == PostStatus.Open && (ClosingDate is null || ClosingDate.Value.Date >= now.Date);
    public bool IsHomeBased => WorkMode is WorkMode.Remote or WorkMode.Hybrid;
}
