using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class BankItemConfiguration : IEntityTypeConfiguration<BankItem>
{
    public void Configure(EntityTypeBuilder<BankItem> b)
    {
        b.HasKey(i => new { i.Id, i.Version });
        b.Property(i => i.Id).HasMaxLength(40);
        b.Property(i => i.Title).HasMaxLength(300);
        b.Property(i => i.PostTypes).HasMaxLength(200);
        b.Property(i => i.Competencies).HasMaxLength(200);
        b.Property(i => i.ContentHash).HasMaxLength(64);
        b.Property(i => i.SourceFile).HasMaxLength(200);
        b.Property(i => i.Language).HasMaxLength(16).HasDefaultValue(Localization.Cultures.English);
        b.HasIndex(i => new { i.Bank, i.Language, i.IsCurrent });
    }
}

public class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> b)
    {
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(8);
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Description).HasMaxLength(1000);
    }
}
