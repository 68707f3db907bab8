using System.Net;
using Hiring.Core.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

public abstract class PostTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private Dictionary<string, string> NewPost(string title) => new()
    {
        ["Input.Title"] = title, ["Input.PostType"] = "Outbound", ["Input.WorkMode"] = "Remote", ["Input.Site"] = "Remote (UK)",
        ["Input.Shifts"] = "Evenings, Saturdays", ["Input.Languages"] = "English", ["Input.SalaryBand"] = "",
        ["Input.Description"] = "**Sell** broadband.\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1))",
        ["Input.ClosingDate"] = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"),
        ["Input.Questions[0].Text"] = "Do you hold a full driving licence?", ["Input.Questions[0].Kind"] = "YesNo",
        ["Input.Questions[0].Required"] = "true", ["Input.Questions[0].KnockOutAnswers"] = "No",
    };

    [Fact]
    public async Task Recruiter_creates_an_outbound_post_with_default_battery_and_a_question_and_opens_it()
    {
        var title = $"Evening sales {Guid.NewGuid():N}"[..24];
        var recruiter = await Given.RecruiterAsync(app);
        var (_, editor) = await recruiter.GetPageAsync("/Recruiting/Posts/Edit");
        // Pick the type, then ask for its defaults: the outbound battery weighs judgement at 50 %.
        editor.QuerySelector("main form")!.SetAttribute("action", editor.QuerySelector("button[formaction]")!.GetAttribute("formaction"));
        var withDefaults = await recruiter.SubmitAsync(editor, NewPost(title));
        var refreshed = await PageClient.ParseAsync(withDefaults);
        Assert.Equal("50", refreshed.QuerySelector("input[name='Input.Battery[0].WeightPercent']")!.GetAttribute("value"));

        var saved = await recruiter.SubmitAsync(refreshed, new Dictionary<string, string> { ["publish"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var post = await app.WithDbAsync(db => db.Posts.Include(p => p.Battery).Include(p => p.Questions).AsNoTracking().SingleAsync(p => p.Title == title));
        Assert.Equal((PostStatus.Open, PostType.Outbound, 4, 0.5), (post.Status, post.PostType, post.Battery.Count, post.Battery.Single(b => b.Kind == TestKind.Sjt).Weight));
        Assert.Equal(25, post.Battery.Single(b => b.Kind == TestKind.Typing).PassMark);
        Assert.Equal(("No", QuestionKind.YesNo, true), (post.Questions.Single().KnockOutAnswers, post.Questions.Single().Kind, post.Questions.Single().Required));

        var (_, careers) = await new PageClient(app).GetPageAsync("/Careers?mode=Remote&type=Outbound&shift=saturdays");
        Assert.Contains(title, careers.Body!.TextContent);
        var (_, inbound) = await new PageClient(app).GetPageAsync("/Careers?type=Inbound");
        Assert.DoesNotContain(title, inbound.Body!.TextContent);
        var (_, page) = await new PageClient(app).GetPageAsync($"/Careers/Post/{post.Id}");
        var description = page.QuerySelector(".description")!;
        Assert.Equal("Sell", description.QuerySelector("strong")!.TextContent);
        Assert.Null(description.QuerySelector("script"));
        Assert.DoesNotContain("javascript:", description.InnerHtml);
    }

    [Fact]
    public async Task Battery_weights_that_do_not_add_up_to_100_are_refused()
    {
        var title = $"Bad weights {Guid.NewGuid():N}"[..20];
        var recruiter = await Given.RecruiterAsync(app);
        var (_, editor) = await recruiter.GetPageAsync("/Recruiting/Posts/Edit");
        var values = NewPost(title);
        values["Input.Battery[0].WeightPercent"] = "90";

        var response = await recruiter.SubmitAsync(editor, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("make them add up to 100 %", (await PageClient.ParseAsync(response)).Body!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Posts.AnyAsync(p => p.Title == title)));
    }

    [Fact]
    public async Task Closing_a_post_takes_it_off_the_careers_page()
    {
        var post = await Given.PostAsync(app);
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync("/Recruiting/Posts");
        var form = list.QuerySelectorAll("main form").First(f => f.QuerySelector("input[name=id]")!.GetAttribute("value") == post.Id.ToString());
        form.Id = "close-me";

        await recruiter.SubmitAsync(list, new Dictionary<string, string>(), "#close-me");

        var (_, careers) = await new PageClient(app).GetPageAsync("/Careers");
        Assert.DoesNotContain(post.Title, careers.Body!.TextContent);
        Assert.Equal(PostStatus.Closed, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).Select(p => p.Status).SingleAsync()));
    }
}

public class PostTests_Sqlite(RecruitingSqliteApp app) : PostTests<RecruitingSqliteApp>(app);
public class PostTests_Postgres(RecruitingPostgresApp app) : PostTests<RecruitingPostgresApp>(app);
