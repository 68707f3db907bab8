using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> b)
    {
        b.Property(r => r.CandidateId).HasMaxLength(450);
        b.Property(r => r.DecidedById).HasMaxLength(450);
        b.Property(r => r.RefusalReason).HasMaxLength(1000);
        // The admin list shows pending requests oldest first; the candidate's page looks up their latest.
        b.HasIndex(r => new { r.Status, r.RequestedAt });
        b.HasIndex(r => r.CandidateId);
    }
}
