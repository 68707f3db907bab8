namespace Hiring.Web.Seeding.Models;

public sealed class InterviewFile { public List<InterviewQuestion> Questions { get; set; } = []; }

public sealed class InterviewQuestion : ISeedItem
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Category { get; set; } = "";
    public List<string> PostTypes { get; set; } = [];
    public List<string> Competencies { get; set; } = [];
    public bool Experience { get; set; }
    public string? SwapFor { get; set; }
    public int Minutes { get; set; } = 4;
    public string Text { get; set; } = "";
    public string Why { get; set; } = "";
    public List<string> ListenFor { get; set; } = [];
    public List<string> Probes { get; set; } = [];
    public RatingGuide RatingGuide { get; set; } = new();
    string ISeedItem.Title => Text;
    IReadOnlyList<string> ISeedItem.PostTypes => PostTypes;
    IReadOnlyList<string> ISeedItem.Competencies => Competencies;
}

public sealed class RatingGuide
{
    public string Strong { get; set; } = "";
    public string Acceptable { get; set; } = "";
    public string Weak { get; set; } = "";
}
