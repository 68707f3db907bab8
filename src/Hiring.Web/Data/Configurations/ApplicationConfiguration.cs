using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.HasOne(a => a.Post).WithMany(p => p.Applications).HasForeignKey(a => a.PostId);
        b.HasOne(a => a.Candidate).WithMany().HasForeignKey(a => a.CandidateId);
        b.Property(a => a.Source).HasMaxLength(100);
        b.Property(a => a.CvStoredName).HasMaxLength(100);
        b.Property(a => a.CvFileName).HasMaxLength(260);
        b.Property(a => a.CvContentType).HasMaxLength(100);
        // One application per candidate per post.
        b.HasIndex(a => new { a.CandidateId, a.PostId }).IsUnique();
        // The recruiter list filters by post and stage and sorts by composite score or date.
        b.HasIndex(a => new { a.PostId, a.Stage, a.CompositeScore });
        b.HasIndex(a => new { a.Stage, a.CompositeScore });
        b.HasIndex(a => a.AppliedAt);
        b.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId);
    }
}

public class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> b)
    {
        b.Property(s => s.Reason).HasMaxLength(1000);
        b.Property(s => s.ByUserId).HasMaxLength(450);
        b.HasIndex(s => new { s.ApplicationId, s.At });
    }
}
