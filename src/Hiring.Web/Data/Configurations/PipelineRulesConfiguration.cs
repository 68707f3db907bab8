using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class PipelineRulesConfiguration : IEntityTypeConfiguration<PipelineRules>
{
    public void Configure(EntityTypeBuilder<PipelineRules> b)
    {
        b.HasKey(r => r.PostId);
        b.HasOne<Post>().WithOne().HasForeignKey<PipelineRules>(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.RejectReason).HasMaxLength(Recruiting.BulkActions.MaxReason);
        b.Property(r => r.UpdatedById).HasMaxLength(450);
    }
}

public class PipelineRuleActionConfiguration : IEntityTypeConfiguration<PipelineRuleAction>
{
    public void Configure(EntityTypeBuilder<PipelineRuleAction> b)
    {
        b.HasOne<Application>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // The claim: one move per application and rule, whichever instance gets there first.
        b.HasIndex(x => new { x.ApplicationId, x.Rule }).IsUnique();
        // The rules page lists a post's recent moves.
        b.HasIndex(x => new { x.PostId, x.At });
        b.Property(x => x.UndoneById).HasMaxLength(450);
    }
}
