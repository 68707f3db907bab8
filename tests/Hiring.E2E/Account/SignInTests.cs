using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Account;

public class SignInTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Theory]
    [InlineData("candidate@demo.hiring.local", "/Candidate")]
    [InlineData("recruiter@demo.hiring.local", "/Recruiting")]
    [InlineData("interviewer@demo.hiring.local", "/Interviews")]
    [InlineData("manager@demo.hiring.local", "/Reports")]
    [InlineData("admin@demo.hiring.local", "/Admin")]
    public async Task Each_demo_role_signs_in_in_the_browser_and_lands_on_its_dashboard(string email, string dashboard)
    {
        var page = await fixture.SignedInPageAsync(email);
        await fixture.LandsOnAsync(page, dashboard);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_thing_the_keyboard_reaches()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.App.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        Assert.Contains("Skip", focused, StringComparison.OrdinalIgnoreCase);
        await context.CloseAsync();
    }
}
