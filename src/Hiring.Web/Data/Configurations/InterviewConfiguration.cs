using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Data.Configurations;

public class InterviewKitConfiguration : IEntityTypeConfiguration<InterviewKit>
{
    public void Configure(EntityTypeBuilder<InterviewKit> b)
    {
        b.HasKey(k => k.ApplicationId);
        b.HasOne<Application>().WithOne().HasForeignKey<InterviewKit>(k => k.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(k => k.FocusCompetencies).HasMaxLength(100);
        b.Property(k => k.UpdatedById).HasMaxLength(450);
        b.HasMany(k => k.Questions).WithOne().HasForeignKey(q => q.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class InterviewKitQuestionConfiguration : IEntityTypeConfiguration<InterviewKitQuestion>
{
    public void Configure(EntityTypeBuilder<InterviewKitQuestion> b)
    {
        b.Property(q => q.QuestionId).HasMaxLength(40);
        // Bank rows are never deleted (retired instead), so a kit can always show what it asked.
        b.HasOne(q => q.Question).WithMany().HasForeignKey(q => new { q.QuestionId, q.QuestionVersion }).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(q => new { q.ApplicationId, q.Position });
    }
}

public class InterviewEntityConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> b)
    {
        b.HasOne(i => i.Application).WithMany().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(i => i.Location).HasMaxLength(300);
        b.Property(i => i.VideoLink).HasMaxLength(500);
        b.Property(i => i.CalendarUid).HasMaxLength(100);
        b.Property(i => i.ScheduledById).HasMaxLength(450);
        b.HasIndex(i => i.CalendarUid).IsUnique();
        b.HasIndex(i => new { i.ApplicationId, i.StartsAt });
        b.HasIndex(i => new { i.Status, i.EndsAt });
        b.HasMany(i => i.Panel).WithOne().HasForeignKey(p => p.InterviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class InterviewPanelistConfiguration : IEntityTypeConfiguration<InterviewPanelist>
{
    public void Configure(EntityTypeBuilder<InterviewPanelist> b)
    {
        b.HasOne(p => p.Interviewer).WithMany().HasForeignKey(p => p.InterviewerId);
        b.Property(p => p.ReminderClaimedBy).HasMaxLength(100);
        b.HasIndex(p => new { p.InterviewId, p.InterviewerId }).IsUnique();
        b.HasIndex(p => new { p.InterviewerId, p.ReminderSentAt });
    }
}

public class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> b)
    {
        b.HasOne<Application>().WithMany(a => a.Scorecards).HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Interviewer).WithMany().HasForeignKey(s => s.InterviewerId);
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.HasIndex(s => new { s.ApplicationId, s.InterviewerId }).IsUnique();
        b.HasMany(s => s.Ratings).WithOne().HasForeignKey(r => r.ScorecardId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ScorecardRatingConfiguration : IEntityTypeConfiguration<ScorecardRating>
{
    public void Configure(EntityTypeBuilder<ScorecardRating> b)
    {
        b.Property(r => r.QuestionId).HasMaxLength(40);
        b.Property(r => r.Notes).HasMaxLength(2000);
        b.HasOne(r => r.Question).WithMany().HasForeignKey(r => new { r.QuestionId, r.QuestionVersion }).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ScorecardId, r.QuestionId }).IsUnique();
    }
}
