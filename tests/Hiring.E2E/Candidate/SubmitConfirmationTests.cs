using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>"Submit test" is never one slip of the mouse (issue 18, item 6): it asks first, saying what is unanswered and
/// how long is left, with "Keep working" focused. Its own class, so no other test has started this literacy test.</summary>
public class SubmitConfirmationTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Fact]
    public async Task Submitting_asks_first_with_what_is_unanswered_and_the_time_left()
    {
        var page = await fixture.StartTestAsync("candidate@demo.hiring.local", "Computer literacy");
        var total = int.Parse(await page.Locator("#progress").GetAttributeAsync("max") ?? "0");
        Assert.True(total > 1);

        await page.Locator("#submit-test").ClickAsync();
        var dialog = page.Locator("#submit-confirm");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync(new Regex($@"^\s*Submit the test now\?\s*{total} of {total} questions unanswered, \d\d:\d\d left\."));
        await Expect(page.Locator("#submit-confirm-no")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).Not.ToBeVisibleAsync();

        await page.Locator("#submit-test").ClickAsync();
        await page.Locator("#submit-confirm-no").ClickAsync();
        await Expect(dialog).Not.ToBeVisibleAsync();
        // Submitting disables the button at once: still enabled, the test is still open.
        await Expect(page.Locator("#submit-test")).ToBeEnabledAsync();
        Assert.Contains("/Take/", page.Url);

        await page.Locator("#submit-test").ClickAsync();
        await page.Locator("#submit-confirm-yes").ClickAsync();
        try { await page.WaitForURLAsync(new Regex("/Candidate/Tests/Result/")); }
        catch (TimeoutException e)
        {
            var log = fixture.App.Log;
            throw new TimeoutException($"Still at {page.Url}; the app's log ends:\n{log[Math.Max(0, log.Length - 4000)..]}", e);
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
