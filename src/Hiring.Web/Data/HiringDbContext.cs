using Hiring.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Data;

/// <summary>
/// The one DbContext. Provider-specific subclasses (<see cref="Providers.SqliteHiringDbContext"/>,
/// <see cref="Providers.PostgresHiringDbContext"/>) exist only so each provider keeps its own migrations.
/// </summary>
public class HiringDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Competency> Competencies => Set<Competency>();
    public DbSet<BankItem> BankItems => Set<BankItem>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<BatteryTest> BatteryTests => Set<BatteryTest>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<StageChange> StageChanges => Set<StageChange>();
    public DbSet<InterviewKit> InterviewKits => Set<InterviewKit>();
    public DbSet<InterviewKitQuestion> InterviewKitQuestions => Set<InterviewKitQuestion>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<InterviewPanelist> InterviewPanelists => Set<InterviewPanelist>();
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<ScorecardRating> ScorecardRatings => Set<ScorecardRating>();
    public DbSet<Attempt> Attempts => Set<Attempt>();
    public DbSet<AttemptAnswer> AttemptAnswers => Set<AttemptAnswer>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();
    public DbSet<PostQuestion> PostQuestions => Set<PostQuestion>();
    public DbSet<QuestionAnswer> QuestionAnswers => Set<QuestionAnswer>();
    public DbSet<ApplicationNote> ApplicationNotes => Set<ApplicationNote>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
    public DbSet<MailTemplate> MailTemplates => Set<MailTemplate>();
    public DbSet<ErasureRequest> ErasureRequests => Set<ErasureRequest>();
    public DbSet<AccommodationRequest> AccommodationRequests => Set<AccommodationRequest>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Analysis.NormRow> NormRows => Set<Analysis.NormRow>();
    public DbSet<PipelineRules> PipelineRules => Set<PipelineRules>();
    public DbSet<PipelineRuleAction> PipelineRuleActions => Set<PipelineRuleAction>();
    public DbSet<SavedView> SavedViews => Set<SavedView>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await Recruiting.SearchKeys.RefreshAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The app saves asynchronously; data protection's key store saves synchronously, with no applications to key.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Recruiting.SearchKeys.RefreshAsync(this).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HiringDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // All times are UTC. SQLite hands DateTime back as Unspecified; say what it is.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
