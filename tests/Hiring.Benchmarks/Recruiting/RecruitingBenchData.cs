extern alias web;
using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using web::Hiring.Web.Data;
using web::Hiring.Web.Data.Providers;
using web::Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Benchmarks.Recruiting;

/// <summary>
/// A database with 100,000 applications over 20 posts (one candidate each), made once and reused:
/// a SQLite file under /tmp, or a PostgreSQL database named hiring_bench_recruiting when
/// HIRING_BENCH_PG holds a server connection string. Deterministic (fixed seed).
/// </summary>
public static class RecruitingBenchData
{
    public const int Applications = 100_000;
    public const int Posts = 20;
    public static readonly string SqlitePath = Path.Combine(Path.GetTempPath(), "hiring-bench", "recruiting-100k.db");

    public static HiringDbContext Open(string provider) => provider == "Postgres"
        ? new PostgresHiringDbContext(new DbContextOptionsBuilder<PostgresHiringDbContext>().UseNpgsql(PostgresConnection()).Options)
        : new SqliteHiringDbContext(new DbContextOptionsBuilder<SqliteHiringDbContext>().UseSqlite($"Data Source={SqlitePath}").Options);

    public static async Task EnsureAsync(string provider)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SqlitePath)!);
        await using (var db = Open(provider))
        {
            await db.Database.MigrateAsync();
            if (await db.Applications.CountAsync() >= Applications) return;
        }
        var random = new Random(20261124);
        var posts = Enumerable.Range(0, Posts).Select(i => new Post
        {
            Title = $"Bench post {i:00}", PostType = (PostType)(i % 5), Status = PostStatus.Open, Site = "Leeds", Shifts = "Early, Late, Nights",
            CreatedAt = DateTime.UtcNow.AddDays(-90),
        }).ToList();
        await using (var db = Open(provider)) { db.Posts.AddRange(posts); await db.SaveChangesAsync(); }

        const int batch = 5_000;
        for (var start = 0; start < Applications; start += batch)
        {
            await using var db = Open(provider);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < start + batch; i++)
            {
                var user = new ApplicationUser { Id = $"bench-{i:000000}", UserName = $"bench{i}@example.com", NormalizedUserName = $"BENCH{i}@EXAMPLE.COM", Email = $"bench{i}@example.com", DisplayName = $"Bench {i}" };
                db.Users.Add(user);
                db.Applications.Add(Application(i, user.Id, posts[random.Next(Posts)].Id, random));
            }
            await db.SaveChangesAsync();
        }
        await using (var db = Open(provider))
            await db.Database.ExecuteSqlRawAsync(provider == "Postgres" ? "ANALYZE" : "ANALYZE");
    }

    private static Application Application(int i, string candidateId, int postId, Random r)
    {
        var stage = (Stage)PickStage(r);
        var applied = DateTime.UtcNow.AddDays(-r.NextDouble() * 90);
        return new Application
        {
            Id = new Guid(i, 0, 0, new byte[8]), PostId = postId, CandidateId = candidateId, Stage = stage, AppliedAt = applied, StageChangedAt = applied,
            Source = r.Next(4) switch { 0 => "careers", 1 => "indeed", 2 => "referral", _ => "linkedin" },
            CompositeScore = stage is Stage.Applied or Stage.Testing ? null : Math.Round(r.NextDouble() * 100, 1),
            FullName = $"Bench {i}", Languages = r.Next(4) == 0 ? "English, Polish" : "English", KnockedOut = r.Next(20) == 0,
            Screening = new Screening { ShiftsAvailable = r.Next(2) == 0 ? "Early, Late" : "Late", Weekends = r.Next(2) == 0 },
        };
    }

    /// <summary>Roughly the demo's stage mix: most applications early in the pipeline.</summary>
    private static int PickStage(Random r) => r.Next(100) switch
    {
        < 28 => 0, < 48 => 1, < 68 => 2, < 78 => 3, < 85 => 4, < 88 => 5, < 91 => 6, < 98 => 7, _ => 8,
    };

    private static string PostgresConnection()
    {
        var server = Environment.GetEnvironmentVariable("HIRING_BENCH_PG") ?? throw new InvalidOperationException("Set HIRING_BENCH_PG to a PostgreSQL server connection string.");
        var b = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "hiring_bench_recruiting" };
        return b.ConnectionString;
    }
}
