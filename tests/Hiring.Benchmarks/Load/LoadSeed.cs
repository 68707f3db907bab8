extern alias web;
using Hiring.Core.Recruiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using web::Hiring.Web.Data;
using web::Hiring.Web.Data.Providers;
using web::Hiring.Web.Domain;

namespace Hiring.Benchmarks.Load;

/// <summary>
/// The load run's own candidates, written straight into the app's database (production code knows
/// nothing of them): each has a confirmed account and an application in Testing for the demo's first post.
/// </summary>
public static class LoadSeed
{
    public const string Password = "load-password-2026";

    public static HiringDbContext Open(string provider, string connectionString) => provider == "Postgres"
        ? new PostgresHiringDbContext(new DbContextOptionsBuilder<PostgresHiringDbContext>().UseNpgsql(connectionString).Options)
        : new SqliteHiringDbContext(new DbContextOptionsBuilder<SqliteHiringDbContext>().UseSqlite(connectionString).Options);

    public static async Task<List<string>> AddCandidatesAsync(HiringDbContext db, int count)
    {
        var now = DateTime.UtcNow;
        var postId = await db.Applications.Where(a => a.Candidate!.Email == "candidate@demo.hiring.local").Select(a => a.PostId).FirstAsync();
        var roleId = await db.Roles.Where(r => r.Name == "Candidate").Select(r => r.Id).SingleAsync();
        // One hash for all: each keeps its own salt inside the hash string, and PBKDF2 at 210,000 rounds is slow.
        var hash = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 })).HashPassword(null!, Password);
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = $"load{i:D4}@example.com";
            var user = new ApplicationUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = $"Load Candidate {i}", PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), CreatedAt = now, LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            db.Applications.Add(new Application
            {
                PostId = postId, CandidateId = user.Id, Stage = Stage.Testing, AppliedAt = now, StageChangedAt = now, ConsentedAt = now,
                TestsInvitedAt = now, TestsDueAt = now.AddDays(7), FullName = user.DisplayName,
            });
            emails.Add(email);
        }
        await db.SaveChangesAsync();
        return emails;
    }
}
