using System.Net;
using System.Text;
using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Recruiting;
using Hiring.Web.Tests.Candidate;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Interviews;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hiring.Web.Tests.Privacy.PrivacySteps;

namespace Hiring.Web.Tests.Privacy;

/// <summary>
/// Erasure leaves nothing behind (issue 14, item 3): a candidate who went through every stage — applied with a CV, took
/// tests with typed text, literacy fields and simulation replies, asked for an accommodation that was declined, was invited to an interview with a panel, rejected
/// with a reason, had the CV read and the report downloaded — is erased, and then every text column of every table
/// (from the EF model, so a new table is covered by itself) and every file under Paths:Data is searched for the
/// person's name, e-mail address, phone number and CV text.
/// </summary>
public abstract class ErasureSweepTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private const string Name = "Zofia Quistbury-Ngata", Phone = "07700 900461", CvPhrase = "lighthouse keeper on Skerryvore";

    [Fact]
    public async Task An_erased_candidate_is_found_nowhere_in_the_database_or_the_data_folder()
    {
        var post = await Given.PostAsync(app);
        var (email, client) = await Given.CandidateAsync(app);
        var cv = Encoding.UTF8.GetBytes($"Curriculum vitae of {Name}\n{email} · {Phone}\nThree years as a {CvPhrase}, then customer service.\n");
        Assert.Equal(HttpStatusCode.Redirect, (await Applying.ApplyAsync(client, post.Id,
            new() { ["Input.FullName"] = Name, ["Input.Phone"] = Phone }, fileName: "Zofia Quistbury-Ngata CV.txt", cv: cv)).StatusCode);
        var (userId, applicationId) = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            return (user.Id, await db.Applications.Where(a => a.CandidateId == user.Id).Select(a => a.Id).SingleAsync());
        });
        await TestsWithTypedTextAsync(applicationId, post.Id);
        // An accommodation request in the candidate's words, declined with a reason that names them.
        await app.WithDbAsync(db =>
        {
            db.AccommodationRequests.Add(new AccommodationRequest
            {
                ApplicationId = applicationId, Other = true, Note = $"{Name} needs a quiet room; call {Phone}", Status = AccommodationStatus.Declined,
                RequestedAt = DateTime.UtcNow.AddDays(-1), DecidedAt = DateTime.UtcNow, DeclineReason = $"No quiet room free for {Name} this week",
            });
            return db.SaveChangesAsync();
        });

        var world = new InterviewWorld(app);
        var interviewer = await world.InterviewerAsync("Priya Panel");
        await world.BookAsync(applicationId, DateTime.UtcNow.AddDays(2), interviewer);
        var recruiter = await Given.RecruiterAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync($"/Cvs/{applicationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync($"/Reports/Download/{applicationId}")).StatusCode);
        BulkResult rejected;
        await using (var scope = app.Services.CreateAsyncScope())
            rejected = await scope.ServiceProvider.GetRequiredService<BulkActions>()
                .RunAsync([applicationId], BulkAction.Reject, null, $"{Name} cannot work the late shift", null);
        Assert.True(rejected.Done, rejected.Message);
        await app.Smtp.WaitForMessageAsync(interviewer.Email);
        // The copy the mailer writes to data/outbox/ when no SMTP host is set (this app has one): named by the row.
        var outbox = Path.Combine(app.DataFolder, "outbox");
        Directory.CreateDirectory(outbox);
        foreach (var mail in await app.WithDbAsync(db => db.OutboxMails.AsNoTracking().Where(m => m.ApplicationId == applicationId).ToListAsync()))
            await File.WriteAllTextAsync(Path.Combine(outbox, mail.MessageKey + ".eml"), $"To: {mail.ToName} <{mail.To}>\nSubject: {mail.Subject}\n\n{mail.TextBody}");
        Assert.NotEmpty(await FindAsync());   // the search finds the person before the erasure

        Assert.Equal(HttpStatusCode.Redirect, (await AskForErasureAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(app, userId)).StatusCode);

        var left = await FindAsync();
        Assert.True(left.Count == 0, "Left behind after erasure:\n" + string.Join("\n", left));
        // Who did what and when stays: the audit lines about the application are still there.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordId == applicationId.ToString())) >= 3);

        async Task<List<string>> FindAsync()
        {
            var needles = new[] { Name, email, Phone, CvPhrase };
            var found = await app.WithDbAsync(db => Sweep(db, needles));
            foreach (var file in Directory.EnumerateFiles(app.DataFolder, "*", SearchOption.AllDirectories))
            {
                var text = Encoding.UTF8.GetString(await ReadSharedAsync(file));
                found.AddRange(needles.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"file {Path.GetRelativePath(app.DataFolder, file)}: {n}"));
            }
            return found;
        }
    }

    /// <summary>Every string column of every entity in the model, matched case-insensitively in SQL.</summary>
    private static async Task<List<string>> Sweep(Hiring.Web.Data.HiringDbContext db, string[] needles)
    {
        var found = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var table = entity.GetTableName()!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var column in entity.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName(store)).OfType<string>().Distinct())
                foreach (var needle in needles)
                {
                    var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE LOWER(\"{column}\") LIKE {{0}}";
                    if (await db.Database.SqlQueryRaw<int>(sql, $"%{needle.ToLowerInvariant()}%").SingleAsync() > 0) found.Add($"{table}.{column}: {needle}");
                }
        }
        return found;
    }

    private static async Task<byte[]> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Submitted attempts whose stored answers hold what the person typed: a typing text, literacy fields, chat replies and a search.</summary>
    private Task<int> TestsWithTypedTextAsync(Guid applicationId, int postId) => app.WithDbAsync(async db =>
    {
        var battery = await db.Posts.Where(p => p.Id == postId).SelectMany(p => p.Battery).ToListAsync();
        var now = DateTime.UtcNow;
        AnswerValue[] typed =
        [
            new() { Text = $"Dear {Name}, your order ships today." },
            new() { Fields = new() { ["customer"] = Name, ["phone"] = Phone } },
            new() { Sim = new SimEntry { Type = "reply", Ref = "C1", Text = $"Hello, this is {Name} from the help desk", AtMs = 1000 } },
        ];
        foreach (var (test, i) in battery.Select((t, i) => (t, i)))
        {
            var attempt = new Attempt
            {
                ApplicationId = applicationId, BatteryTestId = test.Id, Kind = test.Kind, Form = "{\"items\":[]}", StartedAt = now.AddMinutes(-30),
                DeadlineAt = now.AddMinutes(-5), TimeLimitMinutes = test.TimeLimitMinutes, SubmittedAt = now.AddMinutes(-10), LastContactAt = now.AddMinutes(-10),
                Raw = 1, MaxRaw = 2, Percent = 50, Passed = false,
            };
            attempt.Answers.Add(new AttemptAnswer { ItemId = $"ITEM-{i}", Value = typed[i % typed.Length].ToJson(), Seq = 1, SavedAt = now.AddMinutes(-12) });
            db.Attempts.Add(attempt);
        }
        return await db.SaveChangesAsync();
    });
}

public class ErasureSweepTests_Sqlite(RecruitingSqliteApp app) : ErasureSweepTests<RecruitingSqliteApp>(app);
public class ErasureSweepTests_Postgres(RecruitingPostgresApp app) : ErasureSweepTests<RecruitingPostgresApp>(app);
