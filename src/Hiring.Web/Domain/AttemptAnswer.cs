namespace Hiring.Web.Domain;

/// <summary>
/// The latest answer to one item of an attempt. <see cref="Seq"/> is the page's own sequence number:
/// a save with a lower or equal number than the stored one is older news and is ignored, whatever order saves arrive in.
/// </summary>
public class AttemptAnswer
{
    public long Id { get; set; }
    public Guid AttemptId { get; set; }
    /// <summary>The form item answered (bank item id, or reading question id).</summary>
    public required string ItemId { get; set; }
    /// <summary>The answer as JSON (<see cref="Assessments.AnswerValue"/>).</summary>
    public required string Value { get; set; }
    public long Seq { get; set; }
    public DateTime SavedAt { get; set; }
    /// <summary>Optimistic concurrency token.</summary>
    public int Version { get; set; }
}
