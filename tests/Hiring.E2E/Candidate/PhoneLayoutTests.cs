using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>
/// The candidate's side on a 360 px phone (issue 18, item 7): no page scrolls sideways and every link, button and field
/// a candidate acts on lies within the screen's width — the tests page's Start buttons and the literacy records included.
/// </summary>
public partial class PhoneLayoutTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    private const int Width = 360;

    [Fact]
    public async Task Every_candidate_page_fits_a_360_pixel_screen()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.App.BaseUrl, ViewportSize = new() { Width = Width, Height = 740 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await AssertFitsAsync(page);
        await page.GetByLabel("E-mail").FillAsync("candidate@demo.hiring.local");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("demo-password-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await fixture.LandsOnAsync(page, "/Candidate");
        await AssertFitsAsync(page);

        var details = await page.Locator("main a[href^='/Candidate/Applications/Details/']").First.GetAttributeAsync("href");
        var post = await PostLinkAsync(page);
        foreach (var path in new[] { "/Careers", post, details!, "/Candidate/Privacy", "/Candidate/Tests/Practice/en/Literacy", "/Candidate/Tests" })
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page);
        }

        // The tests page's own buttons, then a test with tables and fields: computer literacy.
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start the Computer literacy test" });
        await AssertWithinAsync(page, start);
        await start.ClickAsync();
        await page.WaitForURLAsync(new Regex("/Candidate/Tests/Take/"));
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync(new Regex(@"^\d+:\d\d$"));
        await AssertFitsAsync(page);
        await context.CloseAsync();
    }

    private static async Task<string> PostLinkAsync(IPage page)
    {
        await page.GotoAsync("/Careers");
        return (await page.Locator("main a[href^='/Careers/Post/']").First.GetAttributeAsync("href"))!;
    }

    /// <summary>The page does not scroll sideways, and every visible control sits within the screen's width.</summary>
    private static async Task AssertFitsAsync(IPage page)
    {
        var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scroll > Width)
        {
            // Name the widest elements that are not wide because of a child, so the failure says what to fix.
            var wide = await page.EvaluateAsync<string[]>("""
                (width) => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > width + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                  .slice(0, 5).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} "${(e.textContent || '').trim().slice(0, 40)}"`)
                """, Width);
            Assert.Fail($"{page.Url} is {scroll} px wide on a {Width} px screen: {string.Join("; ", wide)}");
        }
        var outside = await page.EvaluateAsync<string[]>("""
            (width) => [...document.querySelectorAll('main a, main button, main input, main select, main textarea, main summary, header a, header button')]
              .filter(e => e.offsetParent !== null && e.type !== 'hidden')
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([, r]) => r.width > 0 && (r.left < -1 || r.right > width + 1))
              .map(([e, r]) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.textContent || e.name || '').trim().slice(0, 40)}" at ${Math.round(r.left)}–${Math.round(r.right)}`)
            """, Width);
        Assert.True(outside.Length == 0, $"{page.Url}: off the {Width} px screen: {string.Join("; ", outside)}");
    }

    private static async Task AssertWithinAsync(IPage page, ILocator control)
    {
        var box = (await control.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= Width, $"{page.Url}: the control is at {box.X}–{box.X + box.Width}");
    }
}
