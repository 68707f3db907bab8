using System.Linq.Expressions;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Site).HasMaxLength(200);
        b.Property(p => p.Shifts).HasMaxLength(200);
        b.Property(p => p.Languages).HasMaxLength(200);
        b.Property(p => p.Language).HasMaxLength(16).HasDefaultValue(Localization.Cultures.English);
        b.Property(p => p.SalaryBand).HasMaxLength(100);
        b.Property(p => p.Description).HasMaxLength(20_000);
        b.HasIndex(p => new { p.Status, p.PostType });
        b.HasMany(p => p.Battery).WithOne().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Questions).WithOne().HasForeignKey(q => q.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class BatteryTestConfiguration : IEntityTypeConfiguration<BatteryTest>
{
    /// <summary>Hides retired tests from every read of a battery (IgnoreQueryFilters shows them).</summary>
    public static readonly Expression<Func<BatteryTest, bool>> NotRetired = t => !t.Retired;

    public void Configure(EntityTypeBuilder<BatteryTest> b)
    {
        // One row per kind, retired or not: ticking a retired test again revives its row.
        b.HasIndex(t => new { t.PostId, t.Kind }).IsUnique();
        // `dbcontext optimize` refuses a model with a query filter, and migrations never see one: at design time the
        // filter is left out, and the compiled models add it back (Data/CompiledModels/QueryFilters.cs).
        if (!EF.IsDesignTime) b.HasQueryFilter(NotRetired);
    }
}

public class PostQuestionConfiguration : IEntityTypeConfiguration<PostQuestion>
{
    public void Configure(EntityTypeBuilder<PostQuestion> b)
    {
        b.Property(q => q.Text).HasMaxLength(500);
        b.Property(q => q.Options).HasMaxLength(2000);
        b.Property(q => q.KnockOutAnswers).HasMaxLength(1000);
        b.HasIndex(q => new { q.PostId, q.Order });
    }
}
