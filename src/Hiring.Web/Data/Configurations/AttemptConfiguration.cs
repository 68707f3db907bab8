using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class AttemptConfiguration : IEntityTypeConfiguration<Attempt>
{
    public void Configure(EntityTypeBuilder<Attempt> b)
    {
        b.HasOne(a => a.Application).WithMany(a => a.Attempts).HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.BatteryTest).WithMany().HasForeignKey(a => a.BatteryTestId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Answers).WithOne().HasForeignKey(x => x.AttemptId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Form).HasMaxLength(20_000);
        b.Property(a => a.Detail).HasMaxLength(200_000);
        b.Property(a => a.ClaimedBy).HasMaxLength(100);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.IsSubmitted);
        // One attempt per battery test per invitation: the database refuses a second.
        b.HasIndex(a => new { a.ApplicationId, a.BatteryTestId }).IsUnique();
        // The sweep looks for open attempts past their deadline.
        b.HasIndex(a => new { a.SubmittedAt, a.DeadlineAt });
        // Norm groups: submitted attempts of one kind.
        b.HasIndex(a => new { a.Kind, a.SubmittedAt });
    }
}

public class AttemptAnswerConfiguration : IEntityTypeConfiguration<AttemptAnswer>
{
    public void Configure(EntityTypeBuilder<AttemptAnswer> b)
    {
        b.Property(x => x.ItemId).HasMaxLength(60);
        b.Property(x => x.Value).HasMaxLength(400_000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.AttemptId, x.ItemId }).IsUnique();
    }
}
