using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Recruiting;

/// <summary>The recruiter's applicant list in Chromium: search, a chip removed, a saved view, and a bulk move of every match.</summary>
public class ApplicantListTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Fact]
    public async Task Recruiter_searches_removes_a_chip_saves_the_view_and_shortlists_all_matches()
    {
        var page = await fixture.SignedInPageAsync("recruiter@demo.hiring.local");
        await fixture.LandsOnAsync(page, "/Recruiting");
        await page.GotoAsync("/Recruiting/Applications?Stage=Tested");

        await page.Locator("#Q").FillAsync("a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".list-chip", new() { HasText = "Search: a" })).ToBeVisibleAsync();
        await page.Locator(".list-chip", new() { HasText = "Search: a" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("Q="));
        await Assertions.Expect(page.Locator(".list-chip")).ToHaveTextAsync([new Regex("Stage: Tested")]);

        await page.Locator("#ViewName").FillAsync("Tested, all posts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this view" }).ClickAsync();
        await Assertions.Expect(page.Locator(".list-views-list a", new() { HasText = "Tested, all posts" })).ToBeVisibleAsync();

        // The offer appears once the whole page is ticked.
        await Assertions.Expect(page.Locator("#all-matching")).ToBeHiddenAsync();
        await page.Locator("#select-page").CheckAsync();
        await Assertions.Expect(page.Locator("#all-matching")).ToBeVisibleAsync();
        var count = Regex.Match(await page.Locator("#all-matching").InnerTextAsync(), @"all ([\d,]+) matching").Groups[1].Value;
        await page.Locator("#AllMatching").CheckAsync();
        await page.Locator("#BulkAction").SelectOptionAsync("Shortlist");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply to selection" }).ClickAsync();

        await Assertions.Expect(page.GetByText($"Shortlisted: {count} applications moved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bulk tbody tr")).ToHaveCountAsync(0);
    }
}
