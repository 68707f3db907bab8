using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>Autosave under load (issue 14 item 11): a save refused with 429 stays queued and is sent again after Retry-After.</summary>
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

    private Task<IPage> StartAsync(string testName) => fixture.StartTestAsync(Candidate, testName);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
