using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>The typing test's integrity flags as a recruiter sees them, after real (trusted) key presses in Chromium.</summary>
internal static class TypingIntegrityFlow
{
    public const string Candidate = "candidate@demo.hiring.local";

    public static async Task<(IPage Page, string Passage)> StartTypingAsync(AppAndBrowser fixture)
    {
        var page = await fixture.SignedInPageAsync(Candidate);
        await fixture.LandsOnAsync(page, "/Candidate");
        await page.GotoAsync("/Candidate/Tests");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the Typing test" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Candidate/Tests/Take/"));
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync(new Regex(@"^\d+:\d\d$"));
        var passage = (await page.Locator("#typing-passage").InnerTextAsync()).Trim();
        await page.Locator("#typing-input").ClickAsync();
        return (page, passage);
    }

    public static async Task SubmitAsync(IPage page)
    {
        await page.Locator("#submit-test").ClickAsync();
        await page.Locator("#submit-confirm-yes").ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Take/"));
    }

    /// <summary>The integrity flags on the staff attempt page of the candidate's typing test.</summary>
    public static async Task<string> StaffFlagsAsync(AppAndBrowser fixture)
    {
        var staff = await fixture.SignedInPageAsync("recruiter@demo.hiring.local");
        await fixture.LandsOnAsync(staff, "/Recruiting");
        await staff.GotoAsync("/Recruiting/Applications");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Amira Haddad" }).First.ClickAsync();
        await staff.Locator("#test-results-link").ClickAsync();
        var row = staff.Locator("tr:has(td:has-text(\"net WPM\"))").First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        return string.Join("\n", await row.Locator(".flag").AllInnerTextsAsync());
    }
}

public class TypingReloadTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Fact]
    public async Task An_honest_typist_who_reloads_and_tries_a_paste_is_not_flagged()
    {
        var (page, shown) = await TypingIntegrityFlow.StartTypingAsync(fixture);
        // Playwright inserts letters missing from its US layout (é, ł) without a key press; a real keyboard
        // presses a key for them. Keep to what it types with keys.
        var passage = new string([.. shown.Where(c => c is >= ' ' and <= '~')]);
        await page.Keyboard.TypeAsync(passage[..40], new() { Delay = 45 });
        // A blocked Ctrl+V: the chord, not a typed "v".
        await page.Keyboard.PressAsync("Control+V");
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex("^1 of 1$"), new() { Timeout = 15_000 });

        await page.ReloadAsync();
        Assert.Equal(passage[..40], await page.Locator("#typing-input").InputValueAsync());
        await page.Locator("#typing-input").ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(passage[40..80], new() { Delay = 45 });
        await TypingIntegrityFlow.SubmitAsync(page);

        var flags = await TypingIntegrityFlow.StaffFlagsAsync(fixture);
        Assert.DoesNotContain("character keys were captured", flags);
        Assert.DoesNotContain("Replaying", flags);
        Assert.DoesNotContain("Keystroke accuracy", flags);
    }
}

public class TypingInsertedTextTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Fact]
    public async Task Junk_keys_select_all_delete_and_inserted_text_are_flagged()
    {
        var (page, passage) = await TypingIntegrityFlow.StartTypingAsync(fixture);
        // More junk presses than the passage has characters, so counting keys alone passes.
        var junk = string.Concat(Enumerable.Repeat("qwertyuiop", passage.Length / 10 + 2));
        await page.Keyboard.TypeAsync(junk, new() { Delay = 2 });
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.InsertTextAsync(passage);
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex("^1 of 1$"), new() { Timeout = 15_000 });
        await TypingIntegrityFlow.SubmitAsync(page);

        var flags = await TypingIntegrityFlow.StaffFlagsAsync(fixture);
        Assert.Contains("Replaying the", flags);
        Assert.Contains("Keystroke accuracy", flags);
    }
}
