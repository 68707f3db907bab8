using System.Text.RegularExpressions;
using Hiring.E2E.Candidate;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Recruiting;

/// <summary>The app with its pipeline rules run every second, so a rule's move is seen without waiting a minute.</summary>
public sealed class RulesAppAndBrowser : IAsyncLifetime
{
    public AppProcess App { get; } = new(new Dictionary<string, string> { ["Recruiting:Rules:Interval"] = "00:00:01" });
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright _playwright = null!;

    public async Task InitializeAsync()
    {
        await App.StartAsync();
        (_playwright, Browser) = await Infrastructure.Browser.LaunchAsync();
    }

    public Task<IPage> SignedInPageAsync(string email) => Infrastructure.Browser.SignedInPageAsync(Browser, App.BaseUrl, email);

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>A recruiter reads the dry run, switches "invite on apply" on, and the next applicant is invited by the rule (issue 17).</summary>
public class PipelineRulesTests(RulesAppAndBrowser fixture) : IClassFixture<RulesAppAndBrowser>
{
    [Fact]
    public async Task After_the_dry_run_the_recruiter_switches_invite_on_apply_on_and_a_new_applicant_is_invited_by_the_rule()
    {
        var candidate = await fixture.SignedInPageAsync("candidate@demo.hiring.local");
        await AppAndBrowser.LandsOnAsync(candidate, "/Candidate", fixture.App);
        var postId = await ApplySteps.OpenAnApplyFormAsync(candidate);
        var name = await candidate.Locator("#Input_FullName").InputValueAsync();

        var staff = await fixture.SignedInPageAsync("recruiter@demo.hiring.local");
        await AppAndBrowser.LandsOnAsync(staff, "/Recruiting", fixture.App);
        await staff.GotoAsync($"/Recruiting/Posts/Edit?id={postId}");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Pipeline rules" }).ClickAsync();
        await AppAndBrowser.LandsOnAsync(staff, $"/Recruiting/Posts/{postId}/Rules", fixture.App);
        await Assertions.Expect(staff.Locator("[data-rule=InviteOnApply]")).ToContainTextAsync(new Regex(@"Invite on apply: would move \d+ of the post's applications now"));
        await staff.GetByLabel("Invite new applicants to the tests").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save the rules" }).ClickAsync();
        await Assertions.Expect(staff.Locator("[role=status]")).ToHaveTextAsync("The rules are saved.");

        await ApplySteps.FillAndSendAsync(candidate, new("07700 900456", "Leeds", "English", "Next month", "cv.txt", "Two years on the phones.\n"));
        await AppAndBrowser.LandsOnAsync(candidate, "/Candidate", fixture.App);

        // The runner moves it within a second or two: the rules page lists the move, the application shows it in its history.
        var move = staff.Locator("table tr", new() { HasText = name });
        for (var tries = 0; tries < 60 && await move.CountAsync() == 0; tries++)
        {
            await staff.WaitForTimeoutAsync(500);
            await staff.ReloadAsync();
        }
        await Assertions.Expect(move).ToContainTextAsync("Applied → Testing");
        await move.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await staff.WaitForURLAsync(new Regex("/Recruiting/Applications/Details/"));
        await Assertions.Expect(staff.Locator("#history-h + table")).ToContainTextAsync("Rule (invite on apply)");
        await staff.Context.CloseAsync();
        await candidate.Context.CloseAsync();
    }
}
