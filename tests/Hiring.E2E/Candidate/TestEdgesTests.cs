using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>Work lost at the edges of a test (issue 21): a stray Enter, an answer queued while offline and a page reopened.</summary>
public class TestEdgesTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    private const string Candidate = "candidate@demo.hiring.local";

    [Fact]
    public async Task Enter_in_a_literacy_task_field_does_not_submit_the_test()
    {
        var page = await StartAsync("Computer literacy");
        var field = page.Locator("section.item.task input[data-field]").First;
        await field.FillAsync("");
        await field.PressSequentiallyAsync("Nowak");
        await field.PressAsync("Enter");
        // The task is still saved once typing pauses, and the test is still open.
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex(@"^1 of \d+$"), new() { Timeout = 15_000 });
        Assert.Contains("/Take/", page.Url);
        await Expect(page.Locator("#submit-test")).ToBeEnabledAsync();
    }

    [Fact]
    public async Task An_answer_queued_offline_is_shown_and_sent_when_the_page_is_reopened()
    {
        var page = await StartAsync("Situational judgement");
        var url = page.Url;
        await page.Context.SetOfflineAsync(true);
        var item = page.Locator("section.item.sjt").First;
        await item.Locator("fieldset[data-role=most] input[type=radio]").Nth(0).CheckAsync();
        await item.Locator("fieldset[data-role=least] input[type=radio]").Nth(3).CheckAsync();
        await Expect(page.Locator("#offline-banner")).ToBeVisibleAsync();
        var reopened = await page.Context.NewPageAsync();
        await page.CloseAsync();
        await reopened.Context.SetOfflineAsync(false);

        await reopened.GotoAsync(url);
        var first = reopened.Locator("section.item.sjt").First;
        await Expect(first.Locator("input[type=radio]:checked")).ToHaveCountAsync(2);
        await Expect(reopened.Locator("#progress-text")).ToHaveTextAsync(new Regex(@"^1 of \d+$"), new() { Timeout = 15_000 });
        // The server holds it: a fresh load with nothing queued shows it too.
        await reopened.EvaluateAsync("() => localStorage.clear()");
        await reopened.ReloadAsync();
        await Expect(reopened.Locator("section.item.sjt").First.Locator("input[type=radio]:checked")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task The_test_pages_scripts_speak_the_readers_language()
    {
        // Reading: the other tests of this class start the demo candidate's literacy and situational tests.
        var page = await StartAsync("Reading comprehension");
        // Chosen with the language switch (its cookie): on a test page the post's own language outranks the browser's.
        await page.Context.AddCookiesAsync([new Cookie { Name = "Hiring.Culture", Value = "c=zh-Hans|uic=zh-Hans", Url = new Uri(page.Url).GetLeftPart(UriPartial.Authority) }]);
        await page.ReloadAsync();
        var step = page.Locator("section.passage-step").First;
        await step.Locator("[data-read-button]").ClickAsync();
        var questions = step.Locator("fieldset.item.choice");
        await Expect(questions.First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await questions.Nth(0).Locator("input[type=radio]").First.CheckAsync();
        // The script rewrites the progress line after the save: in the page's language, not its own English.
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex(@"^1 / \d+$"), new() { Timeout = 15_000 });

        await page.Context.SetOfflineAsync(true);
        await questions.Nth(1).Locator("input[type=radio]").First.CheckAsync();
        await Expect(page.Locator("#offline-banner")).ToContainTextAsync("网络连接已断开", new() { Timeout = 15_000 });
        await page.Context.SetOfflineAsync(false);
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("网络已恢复，正在提交你的答案。", new() { Timeout = 15_000 });
    }

    private Task<IPage> StartAsync(string testName) => fixture.StartTestAsync(Candidate, testName);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
