using System.ComponentModel.DataAnnotations;

namespace Hiring.Web.Assessments;

/// <summary>The <c>Assessments</c> section: how the server keeps time for attempts.</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessments";

    /// <summary>Seconds after the deadline an answer is still accepted (network latency). At most 60.</summary>
    [Range(0, 60)]
    public int GraceSeconds { get; set; } = 60;

    /// <summary>How often the sweep looks for attempts whose browser vanished before the deadline.</summary>
    [Range(1, 3600)]
    public int SweepSeconds { get; set; } = 30;

    /// <summary>Typing percentiles use the published norm until a post type has this many attempts of its own.</summary>
    [Range(1, 100_000)]
    public int MinLocalNorm { get; set; } = 30;

    /// <summary>Reading: keep the passage on screen while its questions are answered (true), or hide it (false, the default: it tests recall).</summary>
    public bool KeepPassageVisible { get; set; }

    public TimeSpan Grace => TimeSpan.FromSeconds(GraceSeconds);
}
