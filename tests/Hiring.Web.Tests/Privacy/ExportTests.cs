using System.IO.Compression;
using System.Net;
using System.Text;
using Hiring.Web.Auditing;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Candidate;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using static Hiring.Web.Tests.Privacy.PrivacySteps;

namespace Hiring.Web.Tests.Privacy;

public abstract class ExportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Export_holds_every_part_of_the_candidates_data_and_nothing_of_anyone_else()
    {
        var question = new PostQuestion { Text = "Why this post?", Kind = QuestionKind.ShortText, KnockOutAnswers = "secret-knockout" };
        var post = await Given.PostAsync(app, questions: question);
        var dana = await ApplicantAsync(app, post.Id, "Dana Kowalska", "../My CV.pdf");
        var other = await ApplicantAsync(app, post.Id, "Omar Other");
        await app.Smtp.WaitForMessageAsync(dana.Email);
        await app.WithDbAsync(async db =>
        {
            db.QuestionAnswers.Add(new QuestionAnswer { ApplicationId = dana.ApplicationId, QuestionId = question.Id, Value = "I like helping people" });
            db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = dana.ApplicationId, At = DateTime.UtcNow, ByName = "Rita Recruiter", Text = "Warm voice on the phone" });
            db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = other.ApplicationId, At = DateTime.UtcNow, ByName = "Rita Recruiter", Text = "Note about Omar" });
            db.AccommodationRequests.Add(new AccommodationRequest
            {
                ApplicationId = dana.ApplicationId, ExtraTime = true, Note = "Dana reads with a screen magnifier", RequestedAt = DateTime.UtcNow,
                Status = AccommodationStatus.Declined, DecidedAt = DateTime.UtcNow, DeclineReason = "Ask again with a note from your doctor",
            });
            db.AccommodationRequests.Add(new AccommodationRequest { ApplicationId = other.ApplicationId, Other = true, Note = "Omar's own adjustment", RequestedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var (_, page) = await dana.Client.GetPageAsync("/Candidate/Privacy");
        var response = await dana.Client.SubmitAsync(page, new Dictionary<string, string>(), "form#export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var cvName = $"cvs/{dana.ApplicationId.ToString()[..8]}-My_CV.pdf";
        Assert.Equal(["README.txt", "applications.json", cvName, "interviews.json", "mails.json", "profile.json", "tests.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(Applying.Pdf, Read(zip, cvName));
        var profile = Text(zip, "profile.json");
        Assert.Contains(dana.Email, profile);
        Assert.Contains("+44 113 496 0000", profile);
        var applications = Text(zip, "applications.json");
        Assert.Contains(post.Title, applications);
        Assert.Contains("consentedAt", applications);
        Assert.Contains("I like helping people", applications);
        Assert.Contains("Warm voice on the phone", applications);
        Assert.DoesNotContain("Rita Recruiter", applications);
        Assert.Contains("\"extraTime\": true", applications);
        Assert.Contains("Dana reads with a screen magnifier", applications);
        Assert.Contains("Ask again with a note from your doctor", applications);
        Assert.Contains("received", Text(zip, "mails.json"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("applications.json", Text(zip, "README.txt"));
        var everything = string.Concat(zip.Entries.Where(e => !e.FullName.StartsWith("cvs/")).Select(e => Text(zip, e.FullName)));
        foreach (var foreign in new[] { "Omar Other", "Note about Omar", "Omar's own adjustment", other.Email, other.ApplicationId.ToString(), "secret-knockout" })
            Assert.DoesNotContain(foreign, everything);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.DataExport && e.RecordId == dana.UserId)));
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var s = zip.GetEntry(name)!.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    private static string Text(ZipArchive zip, string name) => Encoding.UTF8.GetString(Read(zip, name));
}

public class ExportTests_Sqlite(RecruitingSqliteApp app) : ExportTests<RecruitingSqliteApp>(app);
public class ExportTests_Postgres(RecruitingPostgresApp app) : ExportTests<RecruitingPostgresApp>(app);
