using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> b)
    {
        b.Property(v => v.UserId).HasMaxLength(450);
        b.Property(v => v.Name).HasMaxLength(SavedView.MaxName);
        b.Property(v => v.Query).HasMaxLength(SavedView.MaxQuery);
        // One name per recruiter; the list page reads a recruiter's views by this index too.
        b.HasIndex(v => new { v.UserId, v.Name }).IsUnique();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
