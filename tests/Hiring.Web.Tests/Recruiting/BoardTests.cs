using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The pipeline board of a post: columns and counts from the data; a card moves under the bulk actions' rules.</summary>
public abstract class BoardTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Each_stage_is_a_column_counting_its_applications_with_the_best_scored_cards_first()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Tested, 60, "Ben Second");
        var best = await Given.ApplicationAsync(app, post, Stage.Tested, 81.5, "Ada Best");
        var applied = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Cy Applied");
        await Given.ApplicationAsync(app, post, Stage.Hired, 70, "Di Hired");
        await app.WithDbAsync(db => db.Applications.Where(a => a.Id == applied.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.KnockedOut, true)));
        await FlagAsync(post, best.Id);
        var recruiter = await Given.RecruiterAsync(app);

        var (_, board) = await recruiter.GetPageAsync($"/Recruiting/Board/{post.Id}");

        Assert.Equal(Enum.GetValues<Stage>().Length, board.QuerySelectorAll(".board-column").Length);
        Assert.Equal(["1", "0", "2", "0", "0", "0", "1", "0", "0"], board.QuerySelectorAll(".board-count").Select(c => c.TextContent));
        Assert.Equal("Shortlisted", board.QuerySelector("#col-Shortlisted")!.FirstChild!.TextContent.Trim());
        Assert.Equal(["Ada Best", "Ben Second"], Cards(board, Stage.Tested).Select(c => c.QuerySelector("a")!.TextContent));
        var ada = Cards(board, Stage.Tested)[0];
        Assert.Contains("81.5", ada.QuerySelector(".board-meta")!.TextContent);
        Assert.Equal($"/Recruiting/Applications/Details/{best.Id}", ada.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("integrity signals", ada.QuerySelector(".board-flags")!.TextContent);
        Assert.Contains("knock-out", Cards(board, Stage.Applied)[0].QuerySelector(".board-flags")!.TextContent);
        Assert.Null(Cards(board, Stage.Tested)[1].QuerySelector(".board-flags"));
        // Only the moves the rules allow are offered; a hired applicant's card has none.
        Assert.Equal(["Shortlisted", "Rejected", "Withdrawn"], ada.QuerySelectorAll("select[name=to] option").Select(o => o.GetAttribute("value")));
        Assert.Null(Cards(board, Stage.Hired)[0].QuerySelector("form"));
    }

    [Fact]
    public async Task A_long_column_shows_its_first_cards_and_links_to_the_rest_in_the_list()
    {
        var post = await Given.PostAsync(app);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 53; i++)
            {
                var user = new ApplicationUser { UserName = $"bulk-{Guid.NewGuid():N}@example.com", DisplayName = "Bulk" };
                db.Users.Add(user);
                db.Applications.Add(new Application { PostId = post.Id, CandidateId = user.Id, Stage = Stage.Tested, AppliedAt = DateTime.UtcNow, StageChangedAt = DateTime.UtcNow,
                    CompositeScore = i, FullName = $"Applicant {i}", Screening = new Screening() });
            }
            return await db.SaveChangesAsync();
        });
        var recruiter = await Given.RecruiterAsync(app);

        var (_, board) = await recruiter.GetPageAsync($"/Recruiting/Board/{post.Id}");

        Assert.Equal("53", board.QuerySelector("[data-stage=Tested] .board-count")!.TextContent);
        Assert.Equal(50, Cards(board, Stage.Tested).Count);
        Assert.Equal("Applicant 52", Cards(board, Stage.Tested)[0].QuerySelector("a")!.TextContent);
        var more = board.QuerySelector<IHtmlAnchorElement>("[data-stage=Tested] .board-more")!;
        Assert.Equal("and 3 more", more.TextContent);
        Assert.Equal($"/Recruiting/Applications?PostId={post.Id}&Stage=Tested", more.GetAttribute("href"));
    }

    [Fact]
    public async Task A_move_on_the_board_is_recorded_audited_and_mailed_once_as_a_bulk_move_is()
    {
        var post = await Given.PostAsync(app);
        var ada = await Given.ApplicationAsync(app, post, Stage.Tested, 81.5, "Ada Best");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, board) = await recruiter.GetPageAsync($"/Recruiting/Board/{post.Id}");

        var response = await MoveAsync(recruiter, board, ada.Id, "Shortlisted");

        Assert.Equal($"/Recruiting/Board/{post.Id}", response.Headers.Location!.OriginalString);
        var (_, after) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Moved Ada Best to Shortlisted; the e-mail is queued.", after.QuerySelector(".notice")!.TextContent);
        Assert.Equal("1", after.QuerySelector("[data-stage=Shortlisted] .board-count")!.TextContent);
        var change = await app.WithDbAsync(db => db.StageChanges.AsNoTracking().SingleAsync(h => h.ApplicationId == ada.Id));
        Assert.Equal((Stage.Tested, Stage.Shortlisted, "Shortlisted"), (change.From, change.To, change.Reason));
        Assert.NotNull(change.ByUserId);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.StageChange && e.RecordId == ada.Id.ToString()));
        Assert.Equal((change.ByUserId, "Tested → Shortlisted: Shortlisted"), (audit.UserId, audit.Detail));
        var mail = await app.WithDbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.ApplicationId == ada.Id));
        Assert.Equal(MailTemplateKeys.Shortlisted, mail.TemplateKey);
        Assert.Contains("shortlisted", (await app.Smtp.WaitForMessageAsync(ada.Email)).Subject);
    }

    [Fact]
    public async Task The_script_gets_the_outcome_and_the_cards_next_moves_as_json()
    {
        var post = await Given.PostAsync(app);
        var cy = await Given.ApplicationAsync(app, post, Stage.Shortlisted, 70, "Cy Shortlisted");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, board) = await recruiter.GetPageAsync($"/Recruiting/Board/{post.Id}");

        var response = await MoveAsync(recruiter, board, cy.Id, "Interview", json: true);

        var outcome = await response.Content.ReadFromJsonAsync<Outcome>();
        Assert.Equal(new Outcome(true, "Moved Cy Shortlisted to Interview.", "Interview"), outcome! with { Moves = null });
        Assert.Equal(["Offer", "Rejected", "Withdrawn"], outcome.Moves!.Select(m => m.Value));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.ApplicationId == cy.Id)));
    }

    [Fact]
    public async Task A_move_the_rules_do_not_allow_is_refused_and_changes_nothing()
    {
        var post = await Given.PostAsync(app);
        var fin = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Fin Applied");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, board) = await recruiter.GetPageAsync($"/Recruiting/Board/{post.Id}");

        var response = await MoveAsync(recruiter, board, fin.Id, "Shortlisted", json: true);

        var outcome = await response.Content.ReadFromJsonAsync<Outcome>();
        Assert.Equal(new Outcome(false, "Nothing was changed: Fin Applied is Applied — cannot move to Shortlisted."), outcome);
        await AssertUnchangedAsync(fin.Id, Stage.Applied);
    }

    [Fact]
    public async Task Rejecting_on_the_board_needs_a_reason_and_the_mail_carries_it()
    {
        var post = await Given.PostAsync(app);
        var gil = await Given.ApplicationAsync(app, post, Stage.Tested, 20, "Gil Rejected");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, board) = await recruiter.GetPageAsync($"/Recruiting/Board/{post.Id}");

        var (_, refused) = await recruiter.GetPageAsync((await MoveAsync(recruiter, board, gil.Id, "Rejected")).Headers.Location!.OriginalString);
        Assert.Contains("Give a reason for the rejection", refused.QuerySelector(".notice")!.TextContent);
        await AssertUnchangedAsync(gil.Id, Stage.Tested);

        await MoveAsync(recruiter, refused, gil.Id, "Rejected", reason: "Your typing speed was below what the post needs.");
        var change = await app.WithDbAsync(db => db.StageChanges.AsNoTracking().SingleAsync(h => h.ApplicationId == gil.Id));
        Assert.Equal((Stage.Rejected, "Your typing speed was below what the post needs."), (change.To, change.Reason));
        Assert.Contains("Your typing speed was below what the post needs.", (await app.Smtp.WaitForMessageAsync(gil.Email)).TextBody);
    }

    [Fact]
    public async Task Another_posts_application_cannot_be_moved_through_this_posts_board()
    {
        var post = await Given.PostAsync(app);
        var other = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Tested, 50, "Here Tested");
        var elsewhere = await Given.ApplicationAsync(app, other, Stage.Tested, 90, "Elsewhere Tested");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, board) = await recruiter.GetPageAsync($"/Recruiting/Board/{post.Id}");

        var response = await recruiter.SubmitAsync(board, new Dictionary<string, string> { ["id"] = elsewhere.Id.ToString(), ["to"] = "Shortlisted" },
            "[data-stage=Tested] .board-form");

        var (_, after) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("not on this post's board", after.QuerySelector(".notice")!.TextContent);
        await AssertUnchangedAsync(elsewhere.Id, Stage.Tested);
    }

    [Fact]
    public async Task Candidates_and_interviewers_are_refused_the_board()
    {
        var post = await Given.PostAsync(app);
        var ada = await Given.ApplicationAsync(app, post, Stage.Tested, 80, "Ada Tested");
        var (_, candidate) = await Given.CandidateAsync(app);
        var interviewer = new PageClient(app);
        await interviewer.LogInAsync("interviewer@demo.hiring.local", Given.DemoPassword);

        foreach (var client in new[] { candidate, interviewer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetPageAsync($"/Recruiting/Board/{post.Id}")).Response.StatusCode);
            var (_, own) = await client.GetPageAsync("/Account/Manage");
            var token = own.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var move = await client.Http.PostAsync($"/Recruiting/Board/{post.Id}?handler=Move",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["id"] = ada.Id.ToString(), ["to"] = "Shortlisted" }));
            Assert.StartsWith("/Account/AccessDenied", move.Headers.Location!.AbsolutePath);
        }
        await AssertUnchangedAsync(ada.Id, Stage.Tested);
    }

    public sealed record Move(string Value, string Name);
    public sealed record Outcome(bool Done, string Message, string? Stage = null, List<Move>? Moves = null);

    private static List<IElement> Cards(IHtmlDocument board, Stage stage) =>
        [.. board.QuerySelectorAll($"[data-stage={stage}] .board-card")];

    /// <summary>Posts the card's own move form (a chosen stage the form need not offer, as a crafted post could).</summary>
    private static Task<HttpResponseMessage> MoveAsync(PageClient client, IHtmlDocument board, Guid id, string to, string reason = "", bool json = false)
    {
        client.Http.DefaultRequestHeaders.Accept.Clear();
        if (json) client.Http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return client.SubmitAsync(board, new Dictionary<string, string> { ["to"] = to, ["reason"] = reason }, $".board-card[data-id='{id}'] form");
    }

    private async Task FlagAsync(Post post, Guid applicationId) => await app.WithDbAsync(db =>
    {
        var test = post.Battery[0];
        var now = DateTime.UtcNow;
        db.Attempts.Add(new Attempt { ApplicationId = applicationId, BatteryTestId = test.Id, Kind = test.Kind, Form = "[]", StartedAt = now, DeadlineAt = now, LastContactAt = now, BlurCount = 2 });
        return db.SaveChangesAsync();
    });

    private async Task AssertUnchangedAsync(Guid id, Stage stage)
    {
        var (saved, changes, audits, mails) = await app.WithDbAsync(async db => (
            await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => a.Stage).SingleAsync(),
            await db.StageChanges.CountAsync(h => h.ApplicationId == id),
            await db.AuditEntries.CountAsync(e => e.Action == AuditActions.StageChange && e.RecordId == id.ToString()),
            await db.OutboxMails.CountAsync(m => m.ApplicationId == id)));
        Assert.Equal((stage, 0, 0, 0), (saved, changes, audits, mails));
    }
}

public class BoardTests_Sqlite(RecruitingSqliteApp app) : BoardTests<RecruitingSqliteApp>(app);
public class BoardTests_Postgres(RecruitingPostgresApp app) : BoardTests<RecruitingPostgresApp>(app);
