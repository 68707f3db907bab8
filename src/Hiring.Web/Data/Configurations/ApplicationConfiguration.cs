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
        b.HasMany(a => a.Answers).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Notes).WithOne().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.FullName).HasMaxLength(100);
        b.Property(a => a.Phone).HasMaxLength(40);
        b.Property(a => a.Location).HasMaxLength(100);
        b.Property(a => a.Languages).HasMaxLength(200);
        b.Property(a => a.Tags).HasMaxLength(400);
        b.Property(a => a.SearchKey).HasMaxLength(400);
        // The search's LIKE '%…%' cannot seek, but counting the matches reads this narrow index instead of the wide rows
        // (PostgreSQL makes it a trigram index, which can seek: see PostgresHiringDbContext).
        b.HasIndex(a => a.SearchKey);
        // Screening answers live in the Applications row (Screening_*): the recruiter list filters on them.
        b.OwnsOne(a => a.Screening, s =>
        {
            s.Property(x => x.ShiftsAvailable).HasMaxLength(200);
            s.Property(x => x.ProductsSold).HasMaxLength(500);
        });
        b.Navigation(a => a.Screening).IsRequired();
        // The 24-hour reminder job looks for open invitations by due date.
        b.HasIndex(a => new { a.Stage, a.TestsDueAt });
        // The retention job looks for closed applications not yet erased whose stage changed before the cut-off;
        // ErasedAt leads, so the erased history it no longer needs is never read.
        b.HasIndex(a => new { a.ErasedAt, a.Stage, a.StageChangedAt });
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

public class QuestionAnswerConfiguration : IEntityTypeConfiguration<QuestionAnswer>
{
    public void Configure(EntityTypeBuilder<QuestionAnswer> b)
    {
        b.Property(a => a.Value).HasMaxLength(2000);
        b.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ApplicationId, a.QuestionId }).IsUnique();
    }
}

public class ApplicationNoteConfiguration : IEntityTypeConfiguration<ApplicationNote>
{
    public void Configure(EntityTypeBuilder<ApplicationNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(4000);
        b.Property(n => n.ByName).HasMaxLength(200);
        b.Property(n => n.ByUserId).HasMaxLength(450);
        b.HasIndex(n => new { n.ApplicationId, n.At });
    }
}

public class AccommodationRequestConfiguration : IEntityTypeConfiguration<AccommodationRequest>
{
    public void Configure(EntityTypeBuilder<AccommodationRequest> b)
    {
        // One request per application, gone with it.
        b.HasKey(r => r.ApplicationId);
        b.HasOne<Application>().WithOne(a => a.Accommodation).HasForeignKey<AccommodationRequest>(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Note).HasMaxLength(AccommodationRequest.MaxText);
        b.Property(r => r.DeclineReason).HasMaxLength(AccommodationRequest.MaxText);
        b.Property(r => r.DecidedById).HasMaxLength(450);
    }
}
