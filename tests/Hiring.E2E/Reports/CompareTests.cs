using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Reports;

public class CompareTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Fact]
    public async Task A_hiring_manager_compares_two_applicants_and_opens_one_report_on_screen_with_no_CSP_violation()
    {
        var page = await fixture.SignedInPageAsync("manager@demo.hiring.local");
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) violations.Add($"{page.Url}: {m.Text}"); };
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline')))");
        await fixture.LandsOnAsync(page, "/Reports");

        var rows = page.Locator("#reports tbody tr");
        var names = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            await rows.Nth(i).Locator("input[type=checkbox]").CheckAsync();
            names.Add((await rows.Nth(i).Locator("td").Nth(1).InnerTextAsync()).Trim());
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();

        await fixture.LandsOnAsync(page, "/Reports/Compare");
        var columns = page.Locator("#compare thead th[data-id]");
        await Assertions.Expect(columns).ToHaveCountAsync(2);
        Assert.Equal(names, (await columns.Locator("a").AllInnerTextsAsync()).Select(n => n.Trim()));
        // The competency bars are drawn: an SVG rect with a width attribute, not a 2 px line left by a blocked style.
        if (await page.Locator(".compare-bar").CountAsync() > 0)
            Assert.True((await page.Locator(".compare-bar").First.BoundingBoxAsync())!.Width > 50);

        await columns.First.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Reports/Candidate/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(names[0]);
        await Assertions.Expect(page.Locator("#recommendation")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#report-pdf")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/Reports/Download/"));

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }
}
