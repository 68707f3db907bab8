using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The app with the outbox polling every 100 ms and retrying after 200 ms, so mail tests never wait long.</summary>
public class RecruitingSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => RecruitingSettings.Fast;
}

public class RecruitingPostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> Settings => RecruitingSettings.Fast;
}

public static class RecruitingSettings
{
    public static Dictionary<string, string?> Fast => new()
    {
        ["Mail:Outbox:PollInterval"] = "00:00:00.100",
        ["Mail:Outbox:RetryBase"] = "00:00:00.200",
        ["Mail:Outbox:RetryMax"] = "00:00:00.500",
    };
}

/// <summary>Makes the people and posts a recruiting test needs, straight in the database.</summary>
public static class Given
{
    public const string Password = "a long enough passphrase";
    public const string RecruiterEmail = "recruiter@demo.hiring.local";
    public const string DemoPassword = "demo-password-2026";

    /// <summary>A fresh, confirmed candidate, logged in on a new client.</summary>
    public static async Task<(string Email, PageClient Client)> CandidateAsync(HiringApp app)
    {
        var email = await CandidateAccountAsync(app);
        var client = new PageClient(app);
        await client.LogInAsync(email, Password);
        return (email, client);
    }

    /// <summary>A fresh, confirmed candidate account (as if registered and confirmed); returns its e-mail.</summary>
    public static async Task<string> CandidateAccountAsync(HiringApp app)
    {
        var email = $"cand-{Guid.NewGuid():N}@example.com";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Candidate", CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, Roles.Candidate));
        return email;
    }

    public static async Task<PageClient> RecruiterAsync(HiringApp app)
    {
        var client = new PageClient(app);
        await client.LogInAsync(RecruiterEmail, DemoPassword);
        return client;
    }

    public static async Task<Post> PostAsync(HiringApp app, PostType type = PostType.Inbound, WorkMode mode = WorkMode.OnSite,
        PostStatus status = PostStatus.Open, params PostQuestion[] questions)
    {
        var post = new Post
        {
            Title = $"Test post {Guid.NewGuid():N}"[..20], PostType = type, WorkMode = mode, Site = "Leeds", Shifts = "Early, Late",
            Languages = "English", Description = "Answer calls.", Status = status, CreatedAt = DateTime.UtcNow,
            ClosingDate = DateTime.UtcNow.Date.AddDays(10), CompleteTestsWithinDays = 5,
            Battery = [.. BatteryDefaults.For(type).Select(BatteryTest.From)], Questions = [.. questions],
        };
        await app.WithDbAsync(async db => { db.Posts.Add(post); return await db.SaveChangesAsync(); });
        return post;
    }

    /// <summary>An application straight in the database, for a fresh candidate; returns its id and the candidate's e-mail.</summary>
    public static async Task<(Guid Id, string Email)> ApplicationAsync(HiringApp app, Post post, Stage stage, double? score = null,
        string name = "Sam Taylor", DateTime? testsDueAt = null, string shifts = "Early", string languages = "English")
    {
        var (email, _) = await CandidateAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var applied = DateTime.UtcNow.AddDays(-7);
            var a = new Application
            {
                PostId = post.Id, CandidateId = user.Id, Stage = stage, AppliedAt = applied, StageChangedAt = applied, CompositeScore = score,
                FullName = name, Languages = languages, Screening = new Screening { ShiftsAvailable = shifts, Weekends = true },
                TestsInvitedAt = testsDueAt?.AddDays(-5), TestsDueAt = testsDueAt,
            };
            db.Applications.Add(a);
            await db.SaveChangesAsync();
            return (a.Id, email);
        });
    }

    private static void Check(IdentityResult r)
    {
        if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
    }
}
