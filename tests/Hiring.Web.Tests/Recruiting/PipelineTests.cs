using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

public abstract class PipelineTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task By_score_the_best_come_first_and_the_unscored_last_on_every_database()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Tested, 50, "Mid Score");
        await Given.ApplicationAsync(app, post, Stage.Tested, null, "No Score");
        await Given.ApplicationAsync(app, post, Stage.Tested, 80, "Top Score");
        var recruiter = await Given.RecruiterAsync(app);

        foreach (var url in new[] { $"/Recruiting/Applications?PostId={post.Id}&Stage=Tested", $"/Recruiting/Applications?PostId={post.Id}" })
        {
            var (_, list) = await recruiter.GetPageAsync(url);
            Assert.Equal(["Top Score", "Mid Score", "No Score"], Names(list));
        }
        var (_, ascending) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Sort=ScoreAsc");
        Assert.Equal(["Mid Score", "Top Score", "No Score"], Names(ascending));
    }

    [Fact]
    public async Task Recruiter_filters_by_score_shortlists_in_bulk_and_the_shortlisted_get_their_mail()
    {
        var post = await Given.PostAsync(app);
        var best = await Given.ApplicationAsync(app, post, Stage.Tested, 81.5, "Ada Best");
        var good = await Given.ApplicationAsync(app, post, Stage.Tested, 72, "Ben Good");
        var low = await Given.ApplicationAsync(app, post, Stage.Tested, 40, "Cy Low");
        var recruiter = await Given.RecruiterAsync(app);

        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Stage=Tested&MinScore=70&Sort=ScoreDesc");
        Assert.Equal(["Ada Best", "Ben Good"], Names(list));
        var response = await SubmitBulkAsync(recruiter, list, [best.Id, good.Id], new() { ["BulkAction"] = "Shortlist" });

        Assert.Contains($"MinScore=70", response.Headers.Location!.OriginalString);
        var (_, after) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Shortlisted: 2 applications moved; 2 e-mails queued.", after.Body!.TextContent);
        var stages = await app.WithDbAsync(db => db.Applications.Include(a => a.History).AsNoTracking().Where(a => a.PostId == post.Id).ToListAsync());
        Assert.Equal(Stage.Shortlisted, stages.Single(a => a.Id == best.Id).Stage);
        Assert.Equal(Stage.Tested, stages.Single(a => a.Id == low.Id).Stage);
        var change = stages.Single(a => a.Id == good.Id).History.Single();
        Assert.Equal((Stage.Tested, Stage.Shortlisted), (change.From, change.To));
        Assert.NotNull(change.ByUserId);
        Assert.Contains("shortlisted", (await app.Smtp.WaitForMessageAsync(best.Email)).Subject);
        await app.Smtp.WaitForMessageAsync(good.Email);
        Assert.Empty(app.Smtp.MessagesTo(low.Email));
    }

    [Fact]
    public async Task A_bulk_actions_outcome_is_told_in_the_readers_language()
    {
        var post = await Given.PostAsync(app);
        var tested = await Given.ApplicationAsync(app, post, Stage.Tested, 75, "Dai Wei");
        var applied = await Given.ApplicationAsync(app, post, Stage.Applied, null, "Fang Min");
        var recruiter = await Given.RecruiterAsync(app);
        recruiter.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}");
        var refused = await SubmitBulkAsync(recruiter, list, [tested.Id, applied.Id], new() { ["BulkAction"] = "Shortlist" });
        var (_, afterRefusal) = await recruiter.GetPageAsync(refused.Headers.Location!.OriginalString);
        Assert.Contains("未做任何更改：Fang Min目前为“已申请”，无法移至“已入围”。", afterRefusal.Body!.TextContent);

        var moved = await SubmitBulkAsync(recruiter, afterRefusal, [tested.Id], new() { ["BulkAction"] = "Shortlist" });
        var (_, after) = await recruiter.GetPageAsync(moved.Headers.Location!.OriginalString);
        Assert.Contains("已入围：已移动 1 份申请，1 封邮件已加入发送队列。", after.Body!.TextContent);
    }

    [Fact]
    public async Task Inviting_to_tests_sets_the_deadline_and_mails_it_with_a_sign_in_link()
    {
        var post = await Given.PostAsync(app);
        var applicant = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Dee Invited");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}");
        var before = DateTime.UtcNow;

        await SubmitBulkAsync(recruiter, list, [applicant.Id], new() { ["BulkAction"] = "InviteToTests" });

        var saved = await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicant.Id));
        Assert.Equal(Stage.Testing, saved.Stage);
        Assert.InRange(saved.TestsDueAt!.Value, before.AddDays(5).AddSeconds(-1), DateTime.UtcNow.AddDays(5).AddSeconds(1));
        var mail = await app.Smtp.WaitForMessageAsync(applicant.Email);
        Assert.Contains(saved.TestsDueAt.Value.ToString("d MMMM yyyy"), mail.Subject);
        Assert.Contains("/Candidate", mail.TextBody);
    }

    [Fact]
    public async Task A_bulk_action_with_one_move_that_is_not_allowed_changes_nothing()
    {
        var post = await Given.PostAsync(app);
        var tested = await Given.ApplicationAsync(app, post, Stage.Tested, 90, "Eve Tested");
        var applied = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Fin Applied");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}");

        var response = await SubmitBulkAsync(recruiter, list, [tested.Id, applied.Id], new() { ["BulkAction"] = "Shortlist" });

        var (_, after) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Nothing was changed: Fin Applied is Applied", after.Body!.TextContent);
        var rows = await app.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.PostId == post.Id).Select(a => new { a.Stage, Changes = a.History.Count }).ToListAsync());
        Assert.All(rows, r => Assert.Equal(0, r.Changes));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.To == tested.Email || m.To == applied.Email)));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_the_mail_carries_it()
    {
        var post = await Given.PostAsync(app);
        var applicant = await Given.ApplicationAsync(app, post, Stage.Tested, 20, "Gil Rejected");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}");

        var noReason = await SubmitBulkAsync(recruiter, list, [applicant.Id], new() { ["BulkAction"] = "Reject" });
        var (_, refused) = await recruiter.GetPageAsync(noReason.Headers.Location!.OriginalString);
        Assert.Contains("Give a reason", refused.Body!.TextContent);
        // "Move to stage… Rejected" is a rejection too: it sends the same e-mail, so it needs the reason as well.
        var movedNoReason = await SubmitBulkAsync(recruiter, refused, [applicant.Id], new() { ["BulkAction"] = "Move", ["MoveTo"] = "Rejected" });
        var (_, refusedAgain) = await recruiter.GetPageAsync(movedNoReason.Headers.Location!.OriginalString);
        Assert.Contains("Give a reason", refusedAgain.Body!.TextContent);
        Assert.Equal(Stage.Tested, await app.WithDbAsync(db => db.Applications.Where(a => a.Id == applicant.Id).Select(a => a.Stage).SingleAsync()));
        await SubmitBulkAsync(recruiter, refused, [applicant.Id], new() { ["BulkAction"] = "Reject", ["Reason"] = "Your typing speed was below what the post needs." });

        var mail = await app.Smtp.WaitForMessageAsync(applicant.Email);
        Assert.Contains("Your typing speed was below what the post needs.", mail.TextBody);
        var history = await app.WithDbAsync(db => db.StageChanges.AsNoTracking().SingleAsync(h => h.ApplicationId == applicant.Id));
        Assert.Equal((Stage.Rejected, "Your typing speed was below what the post needs."), (history.To, history.Reason));
    }

    [Fact]
    public async Task Csv_export_holds_the_filtered_list()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Tested, 66, "Hal Late", shifts: "Late");
        await Given.ApplicationAsync(app, post, Stage.Tested, 77, "=HYPERLINK(evil)", shifts: "Late");
        await Given.ApplicationAsync(app, post, Stage.Tested, 88, "Ida Early", shifts: "Early");
        var recruiter = await Given.RecruiterAsync(app);

        var csv = await (await recruiter.GetAsync($"/Recruiting/Applications?handler=Csv&PostId={post.Id}&Shift=late")).Content.ReadAsStringAsync();

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Name,Post,Stage,CompositeScore", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("'=HYPERLINK(evil)", lines[1]);
        Assert.Contains("Hal Late", lines[2]);
        Assert.DoesNotContain("Ida Early", csv);
    }

    [Fact]
    public async Task Application_page_shows_history_notes_tags_and_every_mail()
    {
        var post = await Given.PostAsync(app);
        var applicant = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Jo Detail");
        var recruiter = await Given.RecruiterAsync(app);
        var url = $"/Recruiting/Applications/Details/{applicant.Id}";
        var (_, page) = await recruiter.GetPageAsync(url);
        await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["to"] = "Testing", ["reason"] = "Strong CV" }, "#move-form");
        (_, page) = await recruiter.GetPageAsync(url);
        await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["note"] = "Asked for late shifts only" }, "#note-form");
        await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["tags"] = "Bilingual, callback" }, "#tags-form");
        var rejectWithoutReason = await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["template"] = MailTemplateKeys.Rejection }, "#mail-form");
        Assert.Equal(HttpStatusCode.Redirect, rejectWithoutReason.StatusCode);

        var (_, final) = await recruiter.GetPageAsync(url);
        var text = final.Body!.TextContent;
        Assert.Contains("Not sent", text);
        Assert.Contains("Strong CV", final.QuerySelector("#history-h")!.ParentElement!.TextContent);
        Assert.Contains("Asked for late shifts only", text);
        Assert.Equal("bilingual callback", final.QuerySelector<IHtmlInputElement>("#tags")!.Value);
        Assert.Contains("Your online tests for", final.QuerySelector("#mail-history")!.TextContent);
        var (_, tagged) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Tag=callback");
        Assert.Equal(["Jo Detail"], Names(tagged));
    }

    private static List<string> Names(IHtmlDocument list) =>
        [.. list.QuerySelectorAll("#bulk tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim())];

    private static Task<HttpResponseMessage> SubmitBulkAsync(PageClient client, IHtmlDocument list, Guid[] ids, Dictionary<string, string> values)
    {
        foreach (var box in list.QuerySelectorAll<IHtmlInputElement>("#bulk input[name=Selected]"))
            box.IsChecked = ids.Contains(Guid.Parse(box.Value));
        return client.SubmitAsync(list, values, "#bulk");
    }
}

public class PipelineTests_Sqlite(RecruitingSqliteApp app) : PipelineTests<RecruitingSqliteApp>(app);
public class PipelineTests_Postgres(RecruitingPostgresApp app) : PipelineTests<RecruitingPostgresApp>(app);
