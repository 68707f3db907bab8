using Bogus;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Demo;

/// <summary>
/// Makes the demo: one login per role, six English posts and a few hundred applicants with CVs and stage
/// histories, then one Chinese post with ten Chinese applicants. Deterministic (fixed Bogus seed). Runs once: a database that has demo users is left alone.
/// </summary>
public sealed class DemoData(HiringDbContext db, UserManager<ApplicationUser> users, IOptions<DemoOptions> options,
    IHostEnvironment environment, HiringPaths paths, TimeProvider clock, DemoInterviews interviews, ILogger<DemoData> logger)
{
    private static readonly Stage[] Pipeline = [Stage.Applied, Stage.Testing, Stage.Tested, Stage.Shortlisted, Stage.Interview, Stage.Offer, Stage.Hired];

    public bool Enabled => options.Value.IsOn(environment);

    /// <summary>Makes the demo in one transaction: a start stopped half-way leaves no demo behind, and the next start
    /// makes it whole.</summary>
    public async Task EnsureIfEnabledAsync(CancellationToken ct = default)
    {
        if (!Enabled) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Users.AnyAsync(u => u.IsDemo, ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var o = options.Value;

        // One password for every demo login, hashed once: each hash is 210,000 PBKDF2 rounds, a fifth of a second here.
        string? hash = null;
        foreach (var (email, name, role) in DemoLogins.All)
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now.AddDays(-60), IsDemo = true };
            if (hash is null)
            {
                Check(await users.CreateAsync(user, o.Password), email);
                hash = user.PasswordHash;
            }
            else
            {
                user.PasswordHash = hash;
                Check(await users.CreateAsync(user), email);
            }
            Check(await users.AddToRoleAsync(user, role), email);
        }

        var posts = DemoPosts.Make(now).ToList();
        // Saved before the applicants, so their answers can refer to the questions' ids.
        db.Posts.AddRange(posts);
        await db.SaveChangesAsync(ct);

        var faker = new Faker("en_GB") { Random = new Randomizer(o.Seed) };
        var candidateRoleId = await db.Roles.Where(r => r.Name == Identity.Roles.Candidate).Select(r => r.Id).SingleAsync(ct);
        var demoCandidate = await users.FindByEmailAsync(DemoLogins.All[0].Email);
        Directory.CreateDirectory(paths.Cvs);

        for (var i = 0; i < o.Applicants; i++)
        {
            var person = new Person("en_GB", faker.Random.Int());
            var user = i == 0 ? demoCandidate! : NewCandidate(person, faker, now);
            if (i > 0)
            {
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = candidateRoleId });
            }
            var post = i == 0 ? posts[0] : faker.PickRandom(posts);
            db.Applications.Add(NewApplication(user, post, i == 0 ? Stage.Testing : PickStage(faker), faker, now));
        }
        await db.SaveChangesAsync(ct);
        var attempts = await new DemoAttempts(db).MakeAsync(o.Seed, ct: ct);
        // What is made from here on saves with SaveChanges, which compares every tracked row first: the applicants, their
        // histories and attempts (thousands of rows) are done with, so they are let go.
        db.ChangeTracker.Clear();
        await interviews.EnsureAsync(ct);
        attempts += await AddChineseAsync(o.Seed, candidateRoleId, now, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Demo data made: {Posts} posts, {Applicants} applicants, {Attempts} scored test attempts",
            posts.Count + 1, o.Applicants + DemoChinese.Stages.Length, attempts);
    }

    /// <summary>The Chinese post and its applicants with their attempts, made after the English demo with a faker and seed
    /// of their own (see <see cref="DemoChinese"/>).</summary>
    private async Task<int> AddChineseAsync(int seed, string candidateRoleId, DateTime now, CancellationToken ct)
    {
        var post = DemoChinese.Post(now);
        db.Posts.Add(post);
        await db.SaveChangesAsync(ct);
        var faker = new Faker("zh_CN") { Random = new Randomizer(seed + 86) };
        for (var i = 0; i < DemoChinese.Stages.Length; i++)
        {
            var user = DemoChinese.Candidate(faker, i + 1, now);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = candidateRoleId });
            var app = NewApplication(user, post, DemoChinese.Stages[i], faker, now);
            DemoChinese.Localize(app, user, post, faker, paths.Cvs);
            db.Applications.Add(app);
        }
        await db.SaveChangesAsync(ct);
        return await new DemoAttempts(db).MakeAsync(seed + 86, Cultures.ChineseSimplified, ct);
    }

    private static ApplicationUser NewCandidate(Person person, Faker faker, DateTime now)
    {
        var email = $"{person.FirstName}.{person.LastName}.{faker.Random.Number(100, 999)}@example.com".ToLowerInvariant().Replace("'", "");
        return new ApplicationUser
        {
            Id = faker.Random.Guid().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(),
            Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, DisplayName = person.FullName,
            PhoneNumber = person.Phone, SecurityStamp = faker.Random.Guid().ToString("N"), ConcurrencyStamp = faker.Random.Guid().ToString(),
            CreatedAt = now.AddDays(-faker.Random.Int(1, 60)), IsDemo = true,
        };
    }

    private Application NewApplication(ApplicationUser user, Post post, Stage stage, Faker faker, DateTime now)
    {
        var applied = now.AddDays(-faker.Random.Double(1, 35));
        var app = new Application
        {
            Id = faker.Random.Guid(), PostId = post.Id, CandidateId = user.Id, Stage = Stage.Applied, AppliedAt = applied, StageChangedAt = applied,
            Source = faker.Random.WeightedRandom(["careers", "indeed", "referral", "linkedin", "jobcentre"], [0.45f, 0.25f, 0.12f, 0.1f, 0.08f]),
            ConsentedAt = applied, CvFileName = $"{user.DisplayName.Replace(' ', '_')}_CV.txt", CvContentType = "text/plain", CvStoredName = $"{faker.Random.Guid():N}.txt",
        };
        File.WriteAllText(Path.Combine(paths.Cvs, app.CvStoredName), DemoCv.Write(user, post, faker));
        DemoScreening.Fill(app, user, post, faker);

        var path = stage is Stage.Rejected or Stage.Withdrawn
            ? Pipeline.Take(faker.Random.Int(1, 4)).Append(stage)
            : Pipeline.TakeWhile(s => s != stage).Append(stage);
        var at = applied;
        foreach (var next in path.Skip(1))
        {
            at = at.AddHours(faker.Random.Double(6, 72));
            if (at > now) at = now;
            app.History.Add(new StageChange { From = app.Stage, To = next, At = at, Reason = Reason(next), ByUserId = null });
            (app.Stage, app.StageChangedAt) = (next, at);
            if (next == Stage.Testing)
                (app.TestsInvitedAt, app.TestsDueAt) = (at, at.AddDays(post.CompleteTestsWithinDays));
        }
        // Applicants still being tested have time left, so the demo candidate can take the tests today.
        if (app.Stage == Stage.Testing && app.TestsDueAt < now) app.TestsDueAt = now.AddDays(post.CompleteTestsWithinDays);
        // No composite here: DemoAttempts scores the tests of applicants who reached Tested and sets it from them, so an
        // applicant who took no test has none. The two draws an earlier version made for a made-up composite stay, so the
        // seeded cohort (and the item analysis it demonstrates) is the same applicants as before.
        if (app.Stage is not (Stage.Applied or Stage.Testing) && stage != Stage.Withdrawn) _ = (faker.Random.Double(), faker.Random.Double());
        return app;
    }

    private static Stage PickStage(Faker f) => f.Random.WeightedRandom(
        [Stage.Applied, Stage.Testing, Stage.Tested, Stage.Shortlisted, Stage.Interview, Stage.Offer, Stage.Hired, Stage.Rejected, Stage.Withdrawn],
        [0.28f, 0.2f, 0.2f, 0.1f, 0.07f, 0.03f, 0.03f, 0.07f, 0.02f]);

    private static string Reason(Stage to) => to switch
    {
        Stage.Testing => "Invited to the assessment battery",
        Stage.Tested => "All tests completed",
        Stage.Shortlisted => "Scores above the post's pass marks",
        Stage.Interview => "Interview booked",
        Stage.Offer => "Interview panel recommends hiring",
        Stage.Hired => "Offer accepted",
        Stage.Rejected => "Does not meet the post's requirements",
        Stage.Withdrawn => "Withdrawn by the candidate",
        _ => "",
    };

    private static void Check(IdentityResult result, string who)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo user {who}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
