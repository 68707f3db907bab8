using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>Recall-mode reading: the server sends a passage's questions only after "I have read", and the passage no longer.</summary>
public class ReadingRecallTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Fact]
    public async Task The_questions_arrive_only_after_reading_and_the_passage_leaves_the_page()
    {
        var page = await fixture.SignedInPageAsync("candidate@demo.hiring.local");
        await fixture.LandsOnAsync(page, "/Candidate");
        await page.GotoAsync("/Candidate/Tests");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the Reading comprehension test" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Candidate/Tests/Take/"));
        var step = page.Locator("section.passage-step").First;
        var passage = (await step.Locator(".passage").InnerTextAsync()).Trim();
        Assert.True(passage.Length > 200);
        // Hidden is not enough: the questions are not in the page at all.
        Assert.Equal(0, await step.Locator("fieldset.item.choice").CountAsync());

        await step.Locator("[data-read-button]").ClickAsync();
        await Assertions.Expect(step.Locator("fieldset.item.choice").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Equal(0, await step.Locator(".passage").CountAsync());
        Assert.DoesNotContain(passage[..120], await page.ContentAsync());
    }
}
