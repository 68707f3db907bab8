using System.Net;
using Hiring.Core.Recruiting;
using Hiring.Web.Recruiting;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Candidate;

public abstract class DashboardTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Visitor_reads_a_post_registers_and_continues_the_application_from_the_dashboard()
    {
        var post = await Given.PostAsync(app);
        var visitor = new PageClient(app);
        var (_, postPage) = await visitor.GetPageAsync($"/Careers/Post/{post.Id}?source=linkedin");
        Assert.Contains("Create an account", postPage.Body!.TextContent);

        var email = await Given.CandidateAccountAsync(app);
        Assert.Equal("/Candidate", (await visitor.LogInAsync(email, Given.Password)).Headers.Location!.OriginalString);
        var (_, dashboard) = await visitor.GetPageAsync("/Candidate");
        var resume = dashboard.QuerySelector("#continue a")!.GetAttribute("href")!;
        Assert.Contains(post.Title, dashboard.QuerySelector("#continue")!.TextContent);

        var (_, form) = await visitor.GetPageAsync(resume);
        var applied = await visitor.SubmitWithFileAsync(form, Applying.GoodAnswers(), "Cv", "cv.pdf", Applying.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal("linkedin", await app.WithDbAsync(db => db.Applications.Where(a => a.PostId == post.Id).Select(a => a.Source).SingleAsync()));
        var (_, after) = await visitor.GetPageAsync("/Candidate");
        Assert.Null(after.QuerySelector("#continue"));
    }

    [Fact]
    public async Task Confirming_on_another_device_still_offers_to_continue_the_application()
    {
        var post = await Given.PostAsync(app);
        var laptop = new PageClient(app);
        await laptop.GetPageAsync($"/Careers/Post/{post.Id}?source=indeed");
        var email = $"phone-{Guid.NewGuid():N}@example.com";
        var (_, form) = await laptop.GetPageAsync("/Account/Register");
        await laptop.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Amira Haddad", ["Input.Email"] = email, ["Input.Password"] = Given.Password, ["Input.ConfirmPassword"] = Given.Password,
        });

        var phone = new PageClient(app); // the mail is opened on a phone: no cookie from the laptop
        var mail = await app.Smtp.WaitForMessageAsync(email);
        await phone.GetPageAsync(new Uri(System.Text.RegularExpressions.Regex.Match(mail.TextBody, @"https?://\S+").Value).PathAndQuery);
        Assert.Equal("/Candidate", (await phone.LogInAsync(email, Given.Password)).Headers.Location!.OriginalString);
        var (_, dashboard) = await phone.GetPageAsync("/Candidate");
        Assert.Contains(post.Title, dashboard.QuerySelector("#continue")!.TextContent);
        var resume = dashboard.QuerySelector("#continue a")!.GetAttribute("href")!;
        Assert.Contains("source=indeed", resume);

        var (_, apply) = await phone.GetPageAsync(resume);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.SubmitWithFileAsync(apply, Applying.GoodAnswers(), "Cv", "cv.pdf", Applying.Pdf)).StatusCode);
        Assert.Equal("indeed", await app.WithDbAsync(db => db.Applications.Where(a => a.PostId == post.Id).Select(a => a.Source).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.UserClaims.CountAsync(c => c.ClaimType == PendingApplication.ClaimType && db.Users.Any(u => u.Id == c.UserId && u.Email == email))));
    }

    [Fact]
    public async Task Dashboard_shows_tests_to_take_with_their_deadline_and_the_mails_we_sent()
    {
        var post = await Given.PostAsync(app);
        var (email, client) = await Given.CandidateAsync(app);
        await Applying.ApplyAsync(client, post.Id);
        var id = await app.WithDbAsync(db => db.Applications.Where(a => a.PostId == post.Id).Select(a => a.Id).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<BulkActions>().RunAsync([id], BulkAction.InviteToTests, null, null, null);
            Assert.True(result.Done, result.Message);
        }
        await app.Smtp.WaitForMessageAsync(email, m => m.Subject.Contains("online tests"));

        var (_, dashboard) = await client.GetPageAsync("/Candidate");

        var due = await app.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.TestsDueAt).SingleAsync());
        var notice = dashboard.QuerySelector(".tests-due")!;
        Assert.Contains(due!.Value.ToString("d MMMM yyyy"), notice.TextContent);
        Assert.Equal("/Candidate/Tests", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(Stage.Testing.ToString(), dashboard.QuerySelector("tbody .stage")!.TextContent);
        var messages = dashboard.QuerySelector(".messages")!.TextContent;
        Assert.Contains("Your online tests for", messages);
        Assert.Contains("We have received your application", messages);
    }

    [Theory]
    [InlineData(null, "Thursday 10 December 2026, 19:29 UTC")]
    [InlineData("Asia/Shanghai", "Friday 11 December 2026, 03:29 (Shanghai time)")]
    [InlineData("America%2FNew_York", "Thursday 10 December 2026, 14:29 (New York time)")]
    [InlineData("Mars/Olympus_Mons", "Thursday 10 December 2026, 19:29 UTC")]
    public async Task Deadlines_are_shown_in_the_zone_the_browser_names(string? zone, string shown)
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);
        await Applying.ApplyAsync(client, post.Id);
        var due = new DateTime(2026, 12, 10, 19, 29, 0, DateTimeKind.Utc);
        await app.WithDbAsync(db => db.Applications.Where(a => a.PostId == post.Id)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Stage, Stage.Testing).SetProperty(x => x.TestsDueAt, due)));

        foreach (var page in new[] { "/Candidate", "/Candidate/Tests" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            if (zone is not null) request.Headers.Add("Cookie", $"hiring-tz={zone}");
            var text = (await PageClient.ParseAsync(await client.Http.SendAsync(request))).Body!.TextContent;
            Assert.Contains(shown, System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
        }
    }
}

public class DashboardTests_Sqlite(RecruitingSqliteApp app) : DashboardTests<RecruitingSqliteApp>(app);
public class DashboardTests_Postgres(RecruitingPostgresApp app) : DashboardTests<RecruitingPostgresApp>(app);
