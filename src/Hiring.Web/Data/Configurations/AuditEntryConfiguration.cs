using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Action).HasMaxLength(64);
        b.Property(e => e.RecordType).HasMaxLength(64);
        b.Property(e => e.RecordId).HasMaxLength(128);
        b.Property(e => e.Detail).HasMaxLength(2000);
        // Admin/Audit lists newest first, filtered by any of these.
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.UserId, e.At });
        b.HasIndex(e => new { e.Action, e.At });
        b.HasIndex(e => new { e.RecordType, e.RecordId });
    }
}
