using System.Globalization;
using System.Net;
using Hiring.Core.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Tests.Candidate;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Security.Fuzzing;

/// <summary>
/// The careers apply form (profile, screening answers, the post's own questions, CV) with every field
/// hostile in turn, sent as the browser sends it (multipart, with a valid CV). A refused post leaves no
/// application, no answer and no CV file; an accepted one is whole and clean (then removed, so the next
/// post can be accepted too).
/// </summary>
public abstract class ApplyFuzzTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Apply_form_survives_hostile_input_and_never_stores_half_an_application()
    {
        var post = await Given.PostAsync(app, PostType.Inbound, WorkMode.Remote, PostStatus.Open,
            new PostQuestion { Text = "Do you have the right to work in the UK?", Kind = QuestionKind.YesNo, Required = true, KnockOutAnswers = "No" },
            new PostQuestion { Text = "Which headset do you use?", Kind = QuestionKind.Choice, Options = "Wired\nWireless", Order = 1 },
            new PostQuestion { Text = "Typing speed (words a minute)", Kind = QuestionKind.Number, KnockOutBelow = 20, Order = 2 },
            new PostQuestion { Text = "Why this post?", Kind = QuestionKind.ShortText, Order = 3 });
        var (_, client) = await Given.CandidateAsync(app);
        var cvs = Path.Combine(app.DataFolder, "cvs");
        Directory.CreateDirectory(cvs);
        var filesBefore = Directory.GetFiles(cvs).ToHashSet();
        bool NewFiles() => Directory.GetFiles(cvs).Any(f => !filesBefore.Contains(f));
        var accepted = 0;
        var halfStored = new List<string>();

        var fuzzer = new FormFuzzer(client)
        {
            File = ("Cv", "my <cv>.pdf", Applying.Pdf),
            Baseline = new Dictionary<string, string>
            {
                ["Input.Weekends"] = "true", ["Input.QuietRoom"] = "true", ["Input.ReliableConnection"] = "true", ["Input.Location"] = "Leeds",
                ["Input.Languages"] = "English", ["Input.Phone"] = "+44 113 496 0000", ["Input.ContactCentreMonths"] = "12",
                ["Input.CallsPerHour"] = "30", ["Input.AverageCallMinutes"] = "5.5", ["Input.FirstCallResolutionPercent"] = "80",
                ["Input.Answers[0].Value"] = "Yes", ["Input.Answers[1].Value"] = "Wired", ["Input.Answers[2].Value"] = "45",
                ["Input.Answers[3].Value"] = "I like helping people.",
            },
            AfterEach = async (what, response) =>
            {
                var made = await app.WithDbAsync(db => db.Applications.AsNoTracking().Include(a => a.Answers).Where(a => a.PostId == post.Id).ToListAsync());
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    accepted++;
                    if (made.Count != 1 || made[0] is not { CvStoredName: { } cv } a || !File.Exists(Path.Combine(cvs, cv)) || a.Answers.Count == 0
                        || a.Answers.Any(x => x.QuestionId == post.Questions[2].Id && !(double.TryParse(x.Value, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)))
                        || new[] { a.FullName, a.Phone, a.Location, a.Languages }.Concat(a.Answers.Select(x => x.Value)).Any(v => v != TextInput.Clean(v) || v.Contains('<')))
                        halfStored.Add($"[{what}] accepted, but the application is not whole and clean");
                    await RemoveAsync(post.Id, cvs, filesBefore);
                }
                else if (made.Count > 0 || NewFiles())
                {
                    halfStored.Add($"[{what}] refused ({(int)response.StatusCode}) but left {made.Count} application(s) or a CV file");
                    await RemoveAsync(post.Id, cvs, filesBefore);
                }
            },
        };
        await fuzzer.FuzzAsync($"/Candidate/Applications/Apply?postId={post.Id}");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(halfStored.Count == 0, string.Join("\n", halfStored));
        Assert.True(fuzzer.Sent >= 400, $"only {fuzzer.Sent} inputs sent");
        // The baseline is valid: harmless values (spaces in an optional field, a second shift…) go through.
        Assert.InRange(accepted, 1, fuzzer.Sent / 2);
    }

    [Fact]
    public async Task Erasure_request_form_survives_hostile_input_and_makes_at_most_one_request()
    {
        var (email, client) = await Given.CandidateAsync(app);
        var fuzzer = new FormFuzzer(client);
        await fuzzer.FuzzAsync("/Candidate/Privacy", "#erase");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.Equal(1, await app.WithDbAsync(db => db.ErasureRequests.CountAsync(r => db.Users.Any(u => u.Id == r.CandidateId && u.Email == email))));
    }

    /// <summary>Takes an accepted application away again (rows, mail, CV file), so the candidate can apply once more.</summary>
    private async Task RemoveAsync(int postId, string cvs, HashSet<string> keep)
    {
        await app.WithDbAsync(async db =>
        {
            var ids = await db.Applications.Where(a => a.PostId == postId).Select(a => a.Id).ToListAsync();
            await db.OutboxMails.Where(m => m.ApplicationId != null && ids.Contains(m.ApplicationId.Value)).ExecuteDeleteAsync();
            await db.QuestionAnswers.Where(x => ids.Contains(x.ApplicationId)).ExecuteDeleteAsync();
            return await db.Applications.Where(a => a.PostId == postId).ExecuteDeleteAsync();
        });
        foreach (var file in Directory.GetFiles(cvs).Where(f => !keep.Contains(f))) File.Delete(file);
    }
}

public class SqliteApplyFuzzTests(SqliteApp app) : ApplyFuzzTests<SqliteApp>(app);
public class PostgresApplyFuzzTests(PostgresApp app) : ApplyFuzzTests<PostgresApp>(app);
