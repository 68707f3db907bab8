using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>The short shift on an app that speaks its call.</summary>
public sealed class ListeningShiftFixture : ShortShiftFixture
{
    protected override bool Speaks => true;
}

/// <summary>
/// Listen and capture in Chromium: the call's words are not on the page; "Start listening" (the gesture a browser needs
/// before it plays sound) plays the first line's clip, and "Ask the caller to repeat" plays the last line again and
/// records it.
/// </summary>
public sealed class ListenAndCaptureTests(ListeningShiftFixture fixture) : IClassFixture<ListeningShiftFixture>
{
    private const string Candidate = "candidate@demo.hiring.local";

    [Fact]
    public async Task A_candidate_hears_the_call_and_asks_the_caller_to_repeat()
    {
        await fixture.InviteAsync(Candidate);
        var page = await Infrastructure.Browser.SignedInPageAsync(fixture.Browser, fixture.App.BaseUrl, Candidate);
        await AppAndBrowser.LandsOnAsync(page, "/Candidate", fixture.App);
        await page.GotoAsync("/Candidate/Tests");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the Multitasking simulation test" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Candidate/Tests/Take/"));

        await Assertions.Expect(page.Locator("#sim-line-0")).ToHaveAttributeAsync("data-audio", new Regex(@"/CallLine\?line=0$"));
        Assert.DoesNotContain("you are speaking with Alex", await page.ContentAsync());
        await page.EvaluateAsync("() => { window.plays = 0; document.getElementById('sim-player').addEventListener('playing', () => window.plays++); }");

        var clip = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Start listening" }).ClickAsync(), r => r.Url.EndsWith("/CallLine?line=0"));
        Assert.Equal(200, clip.Status);
        await Assertions.Expect(page.Locator("#sim-listen-status")).ToHaveTextAsync("The agent is speaking.");
        await page.WaitForFunctionAsync("() => window.plays >= 1 && document.getElementById('sim-player').currentTime > 0");
        var plays = await page.EvaluateAsync<int>("() => window.plays");

        var repeat = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Ask the caller to repeat" }).ClickAsync(),
            r => r.Url.EndsWith("/Save") && (r.PostData ?? "").Contains("\"repeat\""));
        Assert.Contains($"\"ref\":\"{await page.Locator("#sim-player").GetAttributeAsync("data-line")}\"", repeat.PostData);
        await page.WaitForFunctionAsync($"() => window.plays > {plays}");
    }
}
