using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>
/// One attempt open on two devices (issue 20, item 4): the answer given last is the one the server keeps, and a page
/// whose answer was overtaken shows the server's answer instead of its own. Each device is a browser context of its own.
/// </summary>
public class TwoDevicesTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    private const string Candidate = "candidate@demo.hiring.local";

    [Fact]
    public async Task The_answer_given_last_wins_and_the_overtaken_page_shows_it()
    {
        var first = await fixture.StartTestAsync(Candidate, "Situational judgement");
        var second = await Infrastructure.Browser.SignedInPageAsync(fixture.Browser, fixture.App.BaseUrl, Candidate);
        await second.WaitForURLAsync(u => !u.Contains("/Account/Login"));
        // The second device runs the page's script three seconds after the page arrived, as a slow phone (or a loaded
        // machine) may: its answers must still be numbered by when they were given, not by when its script started.
        await second.RouteAsync("**/js/tests/take.js*", async route => { await Task.Delay(3000); await route.ContinueAsync(); });
        await second.GotoAsync(first.Url);
        await Expect(second.Locator("section.item.sjt").First).ToBeVisibleAsync();
        var rendered = await second.Locator("#timer-value").TextContentAsync();
        await Expect(second.Locator("#timer-value")).Not.ToHaveTextAsync(rendered!, new() { Timeout = 15_000 }); // its script runs

        // Device 1 answers while offline (its answer waits in its queue); device 2 answers the same item later, online.
        await first.Context.SetOfflineAsync(true);
        await Answer(first, most: 0, least: 3);
        await Expect(first.Locator("#offline-banner")).ToBeVisibleAsync();
        await Answer(second, most: 3, least: 0);
        await Drained(second);

        // Device 1 comes back: its older answer is refused, and the page reloads to show device 2's.
        await first.Context.SetOfflineAsync(false);
        await Expect(first.Locator("#closed-banner")).ToContainTextAsync("another device", new() { Timeout = 20_000 });
        await first.WaitForLoadStateAsync(LoadState.Load);
        await Expect(Most(first).Nth(3)).ToBeCheckedAsync(new() { Timeout = 15_000 });
        await Expect(Most(first).Nth(0)).Not.ToBeCheckedAsync();

        // Both devices answer online, one after the other: the later one is kept, whichever page loaded first, and the
        // earlier page learns it at its next heartbeat (every 20 s) and reloads to show it.
        await Answer(first, most: 1, least: 2);
        await Drained(first);
        await Answer(second, most: 2, least: 1);
        await Drained(second);
        await Expect(first.Locator("#closed-banner")).ToContainTextAsync("another device", new() { Timeout = 30_000 });
        await Expect(Most(first).Nth(2)).ToBeCheckedAsync(new() { Timeout = 15_000 });
        await second.ReloadAsync();
        await Expect(Most(second).Nth(2)).ToBeCheckedAsync();
    }

    /// <summary>Every answer the page queued has been acknowledged by the server (its localStorage queue is empty).</summary>
    private static Task Drained(IPage page) => page.WaitForFunctionAsync(
        "() => Object.keys(localStorage).filter(k => k.startsWith('hiring.attempt.')).every(k => Object.keys(JSON.parse(localStorage.getItem(k) || '{}')).length === 0)",
        null, new() { Timeout = 15_000 });

    private static ILocator Most(IPage page) => page.Locator("section.item.sjt").First.Locator("fieldset[data-role=most] input[type=radio]");

    private static async Task Answer(IPage page, int most, int least)
    {
        var item = page.Locator("section.item.sjt").First;
        await item.Locator("fieldset[data-role=most] input[type=radio]").Nth(most).CheckAsync();
        await item.Locator("fieldset[data-role=least] input[type=radio]").Nth(least).CheckAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
