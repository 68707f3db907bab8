using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>
/// The demo candidate takes each of the four tests in Debian's Chromium with real (trusted) clicks and
/// key presses, reloads in the middle, finds every saved answer and the server's remaining time, and submits.
/// </summary>
public partial class TakingTestsTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    private const string Candidate = "candidate@demo.hiring.local";

    [Fact]
    public async Task Situational_judgement_resumes_after_a_reload_and_is_submitted()
    {
        var page = await StartAsync("Situational judgement");
        var items = page.Locator("section.item.sjt");
        var count = await items.CountAsync();
        Assert.True(count >= 10, $"only {count} SJT items");
        for (var i = 0; i < count / 2; i++) await AnswerSjtAsync(items.Nth(i));
        await WaitForProgressAsync(page, count / 2);
        var before = await SecondsLeftAsync(page);

        await page.ReloadAsync();
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex($"^{count / 2} of {count}$"));
        for (var i = 0; i < count / 2; i++)
            Assert.Equal(2, await items.Nth(i).Locator("input[type=radio]:checked").CountAsync());
        var after = await SecondsLeftAsync(page);
        Assert.InRange(after, before - 60, before);

        for (var i = count / 2; i < count; i++) await AnswerSjtAsync(items.Nth(i));
        await SubmitAsync(page);
    }

    [Fact]
    public async Task Computer_literacy_with_its_interactive_tasks_is_taken_by_keyboard_and_mouse()
    {
        var page = await StartAsync("Computer literacy");
        var questions = page.Locator("fieldset.item.choice");
        var count = await questions.CountAsync();
        for (var i = 0; i < count; i++) await questions.Nth(i).Locator("input[type=radio]").First.CheckAsync();
        var fields = page.Locator("section.item.task input[data-field]");
        Assert.True(await fields.CountAsync() >= 3, "no interactive task fields");
        await fields.First.FillAsync("");
        await fields.First.PressSequentiallyAsync("Nowak");
        // Every question answered, and the task saved once typing pauses.
        await WaitForProgressAsync(page, count + 1);
        await page.ReloadAsync();
        Assert.Equal("Nowak", await page.Locator("section.item.task input[data-field]").First.InputValueAsync());
        Assert.Equal(count, await page.Locator("fieldset.item.choice input[type=radio]:checked").CountAsync());
        await SubmitAsync(page);
    }

    [Fact]
    public async Task Reading_shows_the_questions_after_the_passage_and_keeps_answers_across_a_reload()
    {
        var page = await StartAsync("Reading comprehension");
        var steps = page.Locator("section.passage-step");
        var passages = await steps.CountAsync();
        Assert.True(passages >= 1);
        await steps.First.Locator("[data-read-button]").ClickAsync();
        var firstQuestions = steps.First.Locator("fieldset.item.choice");
        await Expect(firstQuestions.First).ToBeVisibleAsync();
        var n = await firstQuestions.CountAsync();
        for (var i = 0; i < n; i++) await firstQuestions.Nth(i).Locator("input[type=radio]").Nth(1).CheckAsync();
        await WaitForProgressAsync(page, n);

        await page.ReloadAsync();
        Assert.Equal(n, await page.Locator("section.passage-step").First.Locator("input[type=radio]:checked").CountAsync());
        for (var s = 1; s < passages; s++)
        {
            var next = page.Locator("[data-next-step]").Nth(s - 1);
            if (await next.IsVisibleAsync()) await next.ClickAsync();
            var step = page.Locator("section.passage-step").Nth(s);
            await step.Locator("[data-read-button]").ClickAsync();
            var qs = step.Locator("fieldset.item.choice");
            // The questions come from the server once it has the passage marked read.
            await Expect(qs.First).ToBeVisibleAsync(new() { Timeout = 15_000 });
            for (var i = 0; i < await qs.CountAsync(); i++) await qs.Nth(i).Locator("input[type=radio]").First.CheckAsync();
        }
        await SubmitAsync(page);
    }

    [Fact]
    public async Task Typing_records_trusted_keys_survives_a_reload_and_is_scored_on_the_server()
    {
        var page = await StartAsync("Typing");
        var passage = (await page.Locator("#typing-passage").InnerTextAsync()).Trim();
        var area = page.Locator("#typing-input");
        await area.ClickAsync();
        await page.Keyboard.TypeAsync(passage[..40], new() { Delay = 45 });
        // Autosave waits for a pause in typing; let it send.
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex("^1 of 1$"), new() { Timeout = 15_000 });

        await page.ReloadAsync();
        Assert.Equal(passage[..40], await page.Locator("#typing-input").InputValueAsync());
        await page.Locator("#typing-input").ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(passage[40..80], new() { Delay = 45 });
        await SubmitAsync(page);
        await page.GotoAsync("/Candidate/Tests");
        await page.Locator("tr:has(th:has-text(\"Typing\")) a[id^=result-]").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(new Regex("words per minute|WPM", RegexOptions.IgnoreCase));
    }

    private Task<IPage> StartAsync(string testName) => fixture.StartTestAsync(Candidate, testName);

    /// <summary>An SJT item answered: the first response as the most effective, the fourth as the least.</summary>
    internal static async Task AnswerSjtAsync(ILocator item)
    {
        await item.Locator("fieldset[data-role=most] input[type=radio]").Nth(0).CheckAsync();
        await item.Locator("fieldset[data-role=least] input[type=radio]").Nth(3).CheckAsync();
    }

    private static Task WaitForProgressAsync(IPage page, int answered) =>
        Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex($"^{answered} of \\d+$"), new() { Timeout = 15_000 });

    private static async Task<int> SecondsLeftAsync(IPage page)
    {
        var text = await page.Locator("#timer-value").InnerTextAsync();
        var parts = text.Split(':').Select(int.Parse).ToArray();
        return parts.Length == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
    }

    private static async Task SubmitAsync(IPage page)
    {
        await page.Locator("#submit-test").ClickAsync();
        await page.Locator("#submit-confirm-yes").ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Take/"));
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Time left");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
