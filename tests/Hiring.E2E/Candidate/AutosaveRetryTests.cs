using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>Autosave under load (issue 14 item 11): a save refused with 429 stays queued and is sent again after Retry-After;
/// one refused for good (400) is never dropped in silence: the candidate is told and the question marked.</summary>
public class AutosaveRetryTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    private const string Candidate = "candidate@demo.hiring.local";

    [Fact]
    public async Task An_answer_refused_with_429_is_sent_again_after_Retry_After()
    {
        var page = await StartAsync("Situational judgement");
        var refused = 0;
        await page.RouteAsync("**/Save", async route =>
        {
            if (Interlocked.Increment(ref refused) <= 2)
                await route.FulfillAsync(new() { Status = 429, Headers = new Dictionary<string, string> { ["Retry-After"] = "1" }, Body = "" });
            else
                await route.ContinueAsync();
        });
        var item = page.Locator("section.item.sjt").First;
        await item.Locator("fieldset[data-role=most] input[type=radio]").Nth(0).CheckAsync();
        await item.Locator("fieldset[data-role=least] input[type=radio]").Nth(3).CheckAsync();
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex(@"^1 of \d+$"), new() { Timeout = 15_000 });
        // The server holds it: a fresh load with nothing queued shows it.
        await page.EvaluateAsync("() => localStorage.clear()");
        await page.ReloadAsync();
        await Expect(page.Locator("section.item.sjt").First.Locator("input[type=radio]:checked")).ToHaveCountAsync(2);
        Assert.True(refused >= 3);
    }

    [Fact]
    public async Task An_answer_refused_with_400_is_not_dropped_in_silence()
    {
        // Reading: the 429 test above answers the situational judgement test of the same candidate.
        var page = await StartAsync("Reading comprehension");
        await page.Locator("section.passage-step").First.Locator("[data-read-button]").ClickAsync();
        var question = page.Locator("fieldset.item.choice").First;
        await Expect(question).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.RouteAsync("**/Save", async route =>
        {
            var body = route.Request.PostData ?? "";
            if (body.Contains("\"choice\""))
                await route.FulfillAsync(new() { Status = 400, ContentType = "application/json",
                    Body = "{\"status\":\"invalid\",\"message\":\"The answer could not be read: the request was malformed.\",\"remainingSeconds\":600,\"answered\":0,\"total\":4}" });
            else
                await route.ContinueAsync();
        });

        await question.Locator("input[type=radio]").First.CheckAsync();

        await Expect(page.Locator("#rejected-banner")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.Locator("#rejected-banner")).ToContainTextAsync("An answer could not be saved: The answer could not be read");
        await Expect(question).ToHaveClassAsync(new Regex(@"\bunsaved\b"));
        // Answered again once the server takes it: the mark goes, the answer is held.
        await page.UnrouteAsync("**/Save");
        await question.Locator("input[type=radio]").Nth(1).CheckAsync();
        await Expect(question).Not.ToHaveClassAsync(new Regex(@"\bunsaved\b"));
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex(@"^1 of \d+$"), new() { Timeout = 15_000 });
    }

    private Task<IPage> StartAsync(string testName) => fixture.StartTestAsync(Candidate, testName);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
