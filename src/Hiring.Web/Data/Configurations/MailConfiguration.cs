using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> b)
    {
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.ToName).HasMaxLength(200);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.TextBody).HasMaxLength(20_000);
        b.Property(m => m.AttachmentName).HasMaxLength(200);
        b.Property(m => m.AttachmentType).HasMaxLength(200);
        b.Property(m => m.AttachmentText).HasMaxLength(20_000);
        b.Property(m => m.TemplateKey).HasMaxLength(64);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.Property(m => m.ClaimedBy).HasMaxLength(100);
        // The sender's poll: pending rows that are due.
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => m.ApplicationId);
    }
}

public class MailTemplateConfiguration : IEntityTypeConfiguration<MailTemplate>
{
    public void Configure(EntityTypeBuilder<MailTemplate> b)
    {
        b.HasKey(t => t.Key);
        b.Property(t => t.Key).HasMaxLength(64);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Subject).HasMaxLength(300);
        b.Property(t => t.Body).HasMaxLength(20_000);
        b.Property(t => t.SeedHash).HasMaxLength(64);
        b.Property(t => t.EditedById).HasMaxLength(450);
    }
}
