using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

/// <summary>
/// Practice rounds (issue 18): every test kind can be practised from /Candidate/Tests on the real test page with two or
/// three practice items of the post's language that no bank holds; the answers are shown at the end, and nothing is
/// written: no attempt, no answer, no change to a real attempt's clock or integrity signals.
/// </summary>
public abstract class PracticeRoundTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private static readonly TestKind[] Kinds = [TestKind.Sjt, TestKind.Typing, TestKind.Reading, TestKind.Literacy, TestKind.Multitask];

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public async Task Every_test_kind_has_a_short_practice_round_of_items_no_bank_holds(string language)
    {
        var rounds = app.Service<PracticeRounds>();
        var bank = await app.WithDbAsync(db => db.BankItems.AsNoTracking().Select(b => b.Id).ToListAsync());
        foreach (var kind in Kinds)
        {
            var round = rounds.For(kind, language);
            Assert.True(round is not null, $"no {kind} practice round in {language}");
            Assert.InRange(round.Form.Items.Count(i => i.Group is null), 1, 3);
            Assert.DoesNotContain(round.Form.Items, i => bank.Contains(i.Id));
            Assert.All(round.Content.Items.Keys, id => Assert.Equal(language, round.Content.LanguageOf(id)));
            Assert.True(round.Allowed <= TimeSpan.FromMinutes(5), $"{kind}: a practice clock of {round.Allowed}");
        }
    }

    [Fact]
    public async Task Each_test_row_offers_a_practice_round_on_the_real_test_page_in_the_posts_language()
    {
        var taker = await NewTakerAsync();
        await taker.PostInAsync("zh-Hans");
        var (_, tests) = await taker.Client.GetPageAsync("/Candidate/Tests");
        foreach (var kind in Kinds)
        {
            var link = tests.QuerySelector($"tr[data-testid='test-{taker.Tests[kind]}'] a[id^=practise-]");
            Assert.True(link is not null, $"no practice link for {kind}");
            var (response, page) = await taker.Client.GetPageAsync(link.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var form = (IHtmlFormElement)page.QuerySelector("#test-form")!;
            Assert.Equal("true", form.GetAttribute("data-practice"));
            Assert.NotNull(page.QuerySelector("#timer-value"));
            Assert.NotNull(page.QuerySelector("#practice-banner"));
            Assert.Equal(kind == TestKind.Multitask, page.QuerySelector("#sim") is not null);
        }
        var (_, sjt) = await taker.Client.GetPageAsync($"/Candidate/Tests/Practice/zh-Hans/{TestKind.Sjt}");
        Assert.Contains("客户", sjt.QuerySelector("section.item.sjt .scenario")!.TextContent);
    }

    [Fact]
    public async Task A_whole_practice_round_writes_no_attempt_or_answer_and_shows_the_key()
    {
        var taker = await NewTakerAsync();
        var before = await CountsAsync();
        foreach (var kind in Kinds)
        {
            var url = $"/Candidate/Tests/Practice/en/{kind}";
            var (_, page) = await taker.Client.GetPageAsync(url);
            var token = page.QuerySelector("#test-form")!.GetAttribute("data-token")!;
            var item = page.QuerySelector("[data-item]")?.GetAttribute("data-item") ?? page.QuerySelector("#sim")!.GetAttribute("data-scenario") + "#e1";
            Assert.Equal(HttpStatusCode.OK, (await PostJsonAsync(taker, $"{url}/Save", token, new { itemId = item, seq = 1, value = new { most = "A", least = "D" } })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await PostJsonAsync(taker, $"{url}/Heartbeat", token, new { blurs = 3, awaySeconds = 40, pastes = 1 })).StatusCode);
            if (kind == TestKind.Multitask)
            {
                var arrived = await taker.Client.GetAsync($"{url}/Arrived?started={DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeMilliseconds()}&lines=0&messages=0");
                Assert.Contains("sim-msg-M2", await arrived.Content.ReadAsStringAsync());
            }
            var answers = kind switch
            {
                TestKind.Sjt => new Dictionary<string, string> { ["a.PR-SJT-1.most"] = "A", ["a.PR-SJT-1.least"] = "D", ["a.PR-SJT-2.most"] = "A", ["a.PR-SJT-2.least"] = "B" },
                TestKind.Literacy => new() { ["a.PR-LIT-1.choice"] = "A", ["a.PR-LIT-T1.f.surname"] = "whitfield", ["a.PR-LIT-T1.f.phone"] = "07700 900 381" },
                _ => new(),
            };
            var submitted = await taker.Client.SubmitAsync(page, answers, "#test-form");
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            var marks = await PageClient.ParseAsync(submitted);
            Assert.NotNull(marks.QuerySelector("#back-to-tests"));
            Assert.NotEmpty(marks.QuerySelectorAll("li.practice-mark"));
            if (kind == TestKind.Sjt)
            {
                Assert.Contains("right", marks.QuerySelector("[data-testid='verdict-PR-SJT-1']")!.TextContent);
                Assert.Contains("Not quite", marks.QuerySelector("[data-testid='verdict-PR-SJT-2']")!.TextContent);
            }
            if (kind == TestKind.Literacy)
            {
                Assert.Contains("right", marks.QuerySelector("[data-testid='verdict-PR-LIT-T1']")!.TextContent);
                Assert.Contains("Not quite", marks.QuerySelector("[data-testid='verdict-PR-LIT-2']")!.TextContent);
            }
        }
        Assert.Equal(before, await CountsAsync());
        Assert.Empty(await app.WithDbAsync(db => db.Attempts.AsNoTracking().Where(a => a.ApplicationId == taker.ApplicationId).ToListAsync()));
    }

    [Fact]
    public async Task Practising_leaves_a_started_tests_clock_and_integrity_signals_alone()
    {
        var taker = await NewTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        var before = await taker.AttemptAsync(id);
        var url = $"/Candidate/Tests/Practice/en/{TestKind.Sjt}";
        var (_, page) = await taker.Client.GetPageAsync(url);
        var token = page.QuerySelector("#test-form")!.GetAttribute("data-token")!;
        await PostJsonAsync(taker, $"{url}/Heartbeat", token, new { blurs = 5, awaySeconds = 90, pastes = 2, copies = 1, fullscreenExits = 1, synthetic = 1 });
        await PostJsonAsync(taker, $"{url}/Save", token, new { itemId = "PR-SJT-1", seq = long.MaxValue / 2, value = new { most = "A", least = "D" } });
        await taker.Client.SubmitAsync(page, new Dictionary<string, string>(), "#test-form");

        var after = await taker.AttemptAsync(id);
        Assert.Equal((before.StartedAt, before.DeadlineAt, before.LastContactAt, before.Version, before.Answers.Count),
            (after.StartedAt, after.DeadlineAt, after.LastContactAt, after.Version, after.Answers.Count));
        Assert.Equal((before.BlurCount, before.AwaySeconds, before.PasteCount, before.CopyCount, before.FullscreenExits, before.SyntheticInputs),
            (after.BlurCount, after.AwaySeconds, after.PasteCount, after.CopyCount, after.FullscreenExits, after.SyntheticInputs));
    }

    [Fact]
    public async Task An_answer_for_an_item_not_in_the_practice_round_is_refused_and_an_unknown_round_is_not_found()
    {
        var taker = await NewTakerAsync();
        var url = $"/Candidate/Tests/Practice/en/{TestKind.Sjt}";
        var (_, page) = await taker.Client.GetPageAsync(url);
        var token = page.QuerySelector("#test-form")!.GetAttribute("data-token")!;
        Assert.Equal(HttpStatusCode.BadRequest, (await PostJsonAsync(taker, $"{url}/Save", token, new { itemId = "SJT-001", seq = 1, value = new { most = "A" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await taker.Client.GetAsync("/Candidate/Tests/Practice/fr/Sjt")).StatusCode);
    }

    private Task<TestTaker> NewTakerAsync() => TestTaker.NewAsync(app, 1.0, false,
        [.. Kinds.Select(k => (k, 20, 60.0, 1.0))]);

    private Task<(int Attempts, int Answers)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.Attempts.CountAsync(), await db.AttemptAnswers.CountAsync()));

    private static Task<HttpResponseMessage> PostJsonAsync(TestTaker taker, string url, string token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", token);
        return taker.Client.Http.SendAsync(request);
    }
}

public class PracticeRoundTests_Sqlite(SqliteApp app) : PracticeRoundTests<SqliteApp>(app);
public class PracticeRoundTests_Postgres(PostgresApp app) : PracticeRoundTests<PostgresApp>(app);
