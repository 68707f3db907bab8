namespace Hiring.Web.Domain;

/// <summary>
/// One line of the audit log: who did what to which record, and when. The user's name is copied at the
/// time, so the line still reads after the account is renamed or erased; no foreign key for the same reason.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    /// <summary>Null for work the system does on its own (sweeps, imports).</summary>
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>A short stable code from <see cref="Auditing.AuditActions"/>, e.g. <c>role.change</c>.</summary>
    public required string Action { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }
    public string? Detail { get; set; }
}
