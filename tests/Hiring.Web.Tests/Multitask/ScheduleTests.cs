using System.Net;
using AngleSharp.Dom;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Seeding.Models;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Multitask;

/// <summary>The call and the chats reach the candidate on the server's schedule: neither the page nor the poll
/// (the Arrived handler) holds a line or a chat before its time, so the page source cannot be read ahead.</summary>
public abstract class ScheduleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MultitaskApp
{
    private static List<string> Lines(IParentNode page) => [.. page.QuerySelectorAll("li.sim-line .sim-said").Select(l => l.TextContent.Trim())];
    private static List<string> Chats(IParentNode page) => [.. page.QuerySelectorAll("article.sim-msg .sim-msg-text").Select(m => m.TextContent.Trim())];
    private static string Spoken(SimulationCallLine l) => $"{(l.Speaker == "agent" ? "Agent" : "Caller")}: {l.Text.Trim()}";

    [Fact]
    public async Task At_the_start_the_page_holds_the_first_line_and_nothing_later()
    {
        var shift = await Shift.StartAsync(app);
        var (_, page) = await shift.Taker.Client.GetPageAsync($"/Candidate/Tests/Take/{shift.Attempt}");
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(["Agent: Good morning, Lumen Home customer service, you are speaking with Alex. How can I help?"], Lines(page));
        Assert.DoesNotContain("Ingrid Novak", html);      // said at 6 s
        Assert.DoesNotContain("Linden", html);            // the new address, at 32 s
        Assert.DoesNotContain("grey sofa", html);         // chat M1, at 30 s
        Assert.Null(page.QuerySelector("#sim-msg-M1"));
        Assert.Equal("false", page.QuerySelector("#sim")!.GetAttribute("data-all-arrived"));
        Assert.False(page.QuerySelector("#sim-chat-empty")!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task The_poll_returns_a_line_and_a_chat_once_their_time_has_come()
    {
        var shift = await Shift.StartAsync(app);
        shift.MoveTo(TimeSpan.FromMilliseconds(5_999));
        Assert.Empty(Lines((await shift.ArrivedAsync(lines: 1)).Fragment));

        shift.MoveTo(TimeSpan.FromSeconds(6));
        var (status, fragment) = await shift.ArrivedAsync(lines: 1);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("6000", fragment.QuerySelector("#sim-arrived")!.GetAttribute("data-elapsed-ms")); // the page's shift clock catches up to it
        var line = fragment.QuerySelector("#sim-arrived-lines > li#sim-line-1")!;
        Assert.StartsWith("Caller: Hello. My name is Ingrid Novak.", line.QuerySelector(".sim-said")!.TextContent);

        shift.MoveTo(TimeSpan.FromMilliseconds(29_999));
        Assert.Empty(Chats((await shift.ArrivedAsync(lines: 4)).Fragment));
        shift.MoveTo(TimeSpan.FromSeconds(30));
        (_, fragment) = await shift.ArrivedAsync(lines: 4);
        Assert.Contains("grey sofa", fragment.QuerySelector("#sim-arrived-messages > article#sim-msg-M1 .sim-msg-text")!.TextContent);
        Assert.NotNull(fragment.QuerySelector("textarea#sim-reply-M1"));
        Assert.NotNull(fragment.QuerySelector("button#sim-escalate-M1"));
        Assert.Equal(["Agent: Thank you. What is your new address?"], Lines(fragment)); // the page shows lines 0-3; line 4 came at 28 s
    }

    [Fact]
    public async Task No_line_or_chat_is_ever_served_before_its_time()
    {
        var s = await app.WithDbAsync(async db => (SimulationScenario)BankContent.Parse(
            await db.BankItems.AsNoTracking().SingleAsync(b => b.Id == "SIM-001" && b.IsCurrent)));
        var shift = await Shift.StartAsync(app);
        var times = s.Call.Select(l => l.At).Concat(s.Chat.Select(m => m.At)).Where(t => t > 0).Distinct().Order().ToList();
        foreach (var at in times.SelectMany(t => new[] { TimeSpan.FromSeconds(t) - TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(t) }))
        {
            shift.MoveTo(at);
            var (_, fragment) = await shift.ArrivedAsync();
            Assert.Equal([.. s.Call.Where(l => l.At <= at.TotalSeconds).OrderBy(l => l.At).Select(Spoken)], Lines(fragment));
            Assert.Equal([.. s.Chat.Where(m => m.At <= at.TotalSeconds).OrderBy(m => m.At).Select(m => m.Text.Trim())], Chats(fragment));
            Assert.Equal(at.TotalSeconds >= times[^1] ? "true" : "false", fragment.QuerySelector("#sim-arrived")!.GetAttribute("data-all-arrived"));
        }
        Assert.Equal(s.Call.Count, (await shift.Taker.Client.GetPageAsync($"/Candidate/Tests/Take/{shift.Attempt}")).Page.QuerySelectorAll("li.sim-line").Length);
    }

    [Fact]
    public async Task Only_the_candidate_may_poll_and_only_until_the_test_is_submitted()
    {
        var shift = await Shift.StartAsync(app);
        var intruder = await Shift.StartAsync(app);
        var theirs = await intruder.Taker.Client.GetAsync($"/Candidate/Tests/Take/{shift.Attempt}/Arrived?lines=0&messages=0");
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);

        await shift.SubmitAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await shift.ArrivedAsync()).Status);
    }
}

public class ScheduleTests_Sqlite(SqliteMultitaskApp app) : ScheduleTests<SqliteMultitaskApp>(app);
public class ScheduleTests_Postgres(PostgresMultitaskApp app) : ScheduleTests<PostgresMultitaskApp>(app);
