namespace Hiring.Web.Domain;

public enum ErasureStatus { Pending, Approved, Refused }

/// <summary>
/// A candidate's request to erase the personal data held about them. An admin approves it (the
/// account and its applications are anonymised) or refuses it with a reason the candidate sees.
/// </summary>
public class ErasureRequest
{
    public long Id { get; set; }
    public required string CandidateId { get; set; }
    public DateTime RequestedAt { get; set; }
    public ErasureStatus Status { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
    /// <summary>Why it was refused (e.g. a legal claim in progress); shown to the candidate.</summary>
    public string? RefusalReason { get; set; }
}
