using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>
/// Practice rounds (issue 18) in Debian's Chromium: the demo candidate practises the situational judgement, reading,
/// typing and simulation tests on the real test page with its script (clock, the most/least rule, progress, the read-then-questions
/// step, the typing box, the submit confirmation), sees the answers, and finds each real test still not started.
/// </summary>
public class PracticeRoundTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Fact]
    public async Task Tests_are_practised_on_the_real_test_page_and_the_real_tests_stay_unstarted()
    {
        var page = await fixture.SignedInPageAsync("candidate@demo.hiring.local");
        await fixture.LandsOnAsync(page, "/Candidate");

        await PractiseAsync(page, "Situational judgement", "Sjt");
        var items = page.Locator("section.item.sjt");
        Assert.Equal(2, await items.CountAsync());
        await items.Nth(0).Locator("fieldset[data-role=most] input[type=radio]").Nth(0).CheckAsync();
        // The real script's rule: a response chosen as the most effective cannot also be the least.
        await Expect(items.Nth(0).Locator("fieldset[data-role=least] input[type=radio]").Nth(0)).ToBeDisabledAsync();
        await items.Nth(0).Locator("fieldset[data-role=least] input[type=radio]").Nth(3).CheckAsync();
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("1 of 2");
        await FinishAsync(page, "Sjt");
        await Expect(page.Locator("[data-testid='verdict-PR-SJT-1']")).ToContainTextAsync("You had this right.");
        await Expect(page.Locator("[data-testid='verdict-PR-SJT-2']")).ToContainTextAsync("Not quite.");
        await page.Locator("#back-to-tests").ClickAsync();
        await fixture.LandsOnAsync(page, "/Candidate/Tests");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start the Situational judgement test" })).ToBeVisibleAsync();

        await PractiseAsync(page, "Reading comprehension", "Reading");
        var step = page.Locator("section.passage-step").First;
        await Expect(step.Locator("fieldset.item.choice").First).ToBeHiddenAsync();
        await step.Locator("[data-read-button]").ClickAsync();
        // Practice keeps nothing to reload from: the questions show in place, and the passage goes, as in the real test.
        await Expect(step.Locator("fieldset.item.choice").First).ToBeVisibleAsync();
        await Expect(step.Locator(".passage")).ToBeHiddenAsync();
        await step.Locator("fieldset.item.choice").First.Locator("input[type=radio]").First.CheckAsync();
        await FinishAsync(page, "Reading");
        await Expect(page.Locator("[data-testid='verdict-PR-RD-1-Q1']")).ToContainTextAsync("You had this right.");

        await page.GotoAsync("/Candidate/Tests");
        await PractiseAsync(page, "Typing", "Typing");
        var passage = (await page.Locator("#typing-passage").InnerTextAsync()).Trim();
        await page.Locator("#typing-input").ClickAsync();
        await page.Keyboard.TypeAsync(passage[..30], new() { Delay = 30 });
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("1 of 1");
        await FinishAsync(page, "Typing");
        await Expect(page.Locator("[data-testid='typing-practice-result']")).ToContainTextAsync(new Regex(@"Accuracy \d+ %"));
        await page.GotoAsync("/Candidate/Tests");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start the Typing test" })).ToBeVisibleAsync();

        // The simulation's practice shift: the call's next line arrives from the server 5 s in, as in the real shift.
        await page.GotoAsync("/Candidate/Tests/Practice/en/Multitask");
        await Expect(page.Locator("#sim-line-0")).ToBeVisibleAsync();
        await Expect(page.Locator("#sim-line-1")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.Locator("[data-testid=sim-field-phone]").FillAsync("07700 900 541");
        await FinishAsync(page, "Multitask");
        await Expect(page.Locator("[data-testid='mark-PR-SIM-1.T1']")).ToContainTextAsync("07700900541");
    }

    private async Task PractiseAsync(IPage page, string testName, string kind)
    {
        await page.GotoAsync("/Candidate/Tests");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Practise first: the {testName} test, not scored" }).First.ClickAsync();
        await fixture.LandsOnAsync(page, $"/Candidate/Tests/Practice/en/{kind}");
        await Expect(page.Locator("#timer-value")).ToHaveTextAsync(new Regex(@"^\d+:\d\d$"));
        await Expect(page.Locator("#practice-banner")).ToBeVisibleAsync();
    }

    /// <summary>Submits through the real confirmation and waits for the answers; nothing the page sent was refused.</summary>
    private async Task FinishAsync(IPage page, string kind)
    {
        await Expect(page.Locator("#rejected-banner")).ToBeHiddenAsync();
        await Expect(page.Locator("#offline-banner")).ToBeHiddenAsync();
        await page.Locator("#submit-test").ClickAsync();
        await page.Locator("#submit-confirm-yes").ClickAsync();
        await fixture.LandsOnAsync(page, $"/Candidate/Tests/Practice/en/{kind}/Submit");
        await Expect(page.Locator("[data-testid=practice-marks]")).ToBeVisibleAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
