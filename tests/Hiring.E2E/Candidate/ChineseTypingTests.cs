using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Timing;
using Hiring.E2E.Infrastructure;
using Hiring.Web.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>
/// A candidate switches to 中文, applies to the demo's Chinese post through its form, is invited by a recruiter working in
/// Chinese, and takes its typing test through the browser's own input-method
/// events (CDP Input.imeSetComposition while the pinyin is composed, Input.insertText to commit), with digits and letters
/// typed straight through on keys, a slip corrected with Backspace and one wrong character left in; the recruiter then
/// sees the speed in characters per minute (字/分钟), worked out from what was committed, and no integrity flag.
/// </summary>
public class ChineseTypingTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    private const string Candidate = TypingIntegrityFlow.Candidate;

    [Fact]
    public async Task Typing_through_an_input_method_is_scored_in_characters_per_minute()
    {
        var page = await fixture.SignedInPageAsync(Candidate);
        await fixture.LandsOnAsync(page, "/Candidate");
        var details = await ApplyToTheChinesePostAsync(page);
        await InviteToTestsAsync(details);

        await page.GotoAsync("/Candidate/Tests");
        var battery = page.Locator("section.battery", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = ChinesePost }) });
        await battery.GetByRole(AriaRole.Button, new() { Name = "开始打字测试" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Candidate/Tests/Take/"));
        var passage = (await page.Locator("#typing-passage").InnerTextAsync()).Trim();
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}", passage);
        await Assertions.Expect(page.Locator("label[for=typing-input]")).ToHaveTextAsync("你的输入");

        // 30 characters: the passage's first 29 and a wrong last one; a wrong phrase committed early is deleted again.
        var strangers = "鱼鸟鹅鸭".Where(c => !passage.Contains(c)).ToArray();
        var typed = passage[..29] + strangers[0];
        await page.Locator("#typing-input").ClickAsync();
        var ime = new InputMethod(page, await page.Context.NewCDPSessionAsync(page));
        await ime.TypeAsync(typed[..2]);
        await ime.ComposeAsync($"{strangers[0]}{strangers[1]}");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.PressAsync("Backspace");
        await ime.TypeAsync(typed[2..]);
        Assert.Equal(typed, await page.Locator("#typing-input").InputValueAsync());
        await TypingIntegrityFlow.SubmitAsync(page);
        await Assertions.Expect(page.Locator("#result-wpm")).ToContainTextAsync("字/分钟");

        // The passage was not finished, so the whole time allowed is the typing time. 30 characters, 1 of them wrong:
        // gross 30 / minutes, net (30 − 1) / minutes, accuracy 29 / 30; of the 32 committed (the deleted slip too) 29 match.
        var minutes = (await AllowedAsync()).TotalMinutes;
        var staff = details.Page;
        await staff.GotoAsync(details.Url);
        await staff.Locator("#test-results-link").ClickAsync();
        // The recruiter reads English (they switch below): the figures are in characters per minute there too.
        await staff.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        var figures = staff.Locator("[data-testid=typing-cpm]");
        await Assertions.Expect(figures).ToContainTextAsync("characters per minute");
        var m = Regex.Match(await figures.InnerTextAsync(),
            @"Gross ([\d.]+) characters per minute · net ([\d.]+) characters per minute · accuracy ([\d.]+)% · committed-text accuracy ([\d.]+)% · consistency [\d.]+ · timed ([\d.]+) s");
        Assert.True(m.Success, await figures.InnerTextAsync());
        double Figure(int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        Assert.Equal(30 / minutes, Figure(1), 0.051);
        Assert.Equal(29 / minutes, Figure(2), 0.051);
        Assert.Equal(100.0 * 29 / 30, Figure(3), 0.051);
        Assert.Equal(100.0 * 29 / 32, Figure(4), 0.051);
        Assert.Equal(minutes * 60, Figure(5), 0.051);
        // Every commit was the input method's: no paste, no script, nothing the commits did not write.
        Assert.Empty(await staff.Locator("[data-testid=test-Typing] .flag").AllInnerTextsAsync());
        // The replay rebuilds the text from the same commits, the corrected slip included on the way.
        await staff.Locator("#replay-speed").SelectOptionAsync("4");
        await staff.Locator("#replay-play").ClickAsync();
        await Assertions.Expect(staff.Locator("#replay-text")).ToHaveValueAsync(typed, new() { Timeout = 20_000 });

        await staff.GetByRole(AriaRole.Button, new() { Name = "中文（简体）" }).ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=typing-cpm]"))
            .ToContainTextAsync(string.Format(CultureInfo.InvariantCulture, "净速度 {0} 字/分钟", Math.Round(29 / minutes, 1)));
        // The replay's own words (written by its script) are the page's language too.
        await staff.Locator("#replay-play").ClickAsync();
        await Assertions.Expect(staff.Locator("#replay-play")).ToHaveTextAsync("停止");
        await Assertions.Expect(staff.Locator("#replay-clock")).ToContainTextAsync("秒");
    }

    private const string ChinesePost = "呼入客服专员";

    /// <summary>The candidate switches to 中文 on the careers page, finds the demo's Chinese post and applies through its form
    /// (shift, weekend and knock-out answers, a CV, consent); returns the recruiter's page of the new application.</summary>
    private async Task<(IPage Page, string Url)> ApplyToTheChinesePostAsync(IPage page)
    {
        await page.GotoAsync("/Careers");
        await page.GetByRole(AriaRole.Button, new() { Name = "中文（简体）" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await page.GetByRole(AriaRole.Link, new() { Name = ChinesePost }).First.ClickAsync();
        await page.Locator("main a.button[href*='/Candidate/Applications/Apply']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(ChinesePost);
        await Assertions.Expect(page.GetByLabel("所在城市")).ToBeVisibleAsync();
        await ApplySteps.FillAndSendAsync(page, new("13812345678", "上海市浦东新区", "普通话、英语", "下个月", "简历.txt", "阿米拉·哈达德\n电商客服专员，两年。\n"));
        await fixture.LandsOnAsync(page, "/Candidate");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"“{ChinesePost}”");

        var staff = await fixture.SignedInPageAsync("recruiter@demo.hiring.local");
        await fixture.LandsOnAsync(staff, "/Recruiting");
        // Newest first: by the default order (score, then id) a new, unscored application falls on page 1 or 2 by its id.
        await staff.GotoAsync("/Recruiting/Applications?Sort=NewestFirst");
        var row = staff.Locator("tbody tr", new() { HasText = ChinesePost }).Filter(new() { Has = staff.GetByRole(AriaRole.Link, new() { Name = "Amira Haddad" }) });
        await row.GetByRole(AriaRole.Link, new() { Name = "Amira Haddad" }).ClickAsync();
        await staff.WaitForURLAsync(new Regex("/Recruiting/Applications/Details/"));
        return (staff, new Uri(staff.Url).PathAndQuery);
    }

    /// <summary>The recruiter, working in Chinese, invites the applicant to the tests (Applied → Testing).</summary>
    private static async Task InviteToTestsAsync((IPage Page, string Url) details)
    {
        var staff = details.Page;
        await staff.GetByRole(AriaRole.Button, new() { Name = "中文（简体）" }).ClickAsync();
        await ApplySteps.MoveToTestingAsync(staff);
    }

    private async Task<TimeSpan> AllowedAsync()
    {
        await using var db = Database();
        var attempt = await db.Attempts.Where(a => a.Kind == TestKind.Typing && a.Application!.Candidate!.Email == Candidate && a.SubmittedAt != null)
            .Select(a => new { a.TimeLimitMinutes, a.AccommodationFactor }).SingleAsync();
        return AttemptClock.Allowed(attempt.TimeLimitMinutes, attempt.AccommodationFactor);
    }

    private SqliteHiringDbContext Database() => new(new DbContextOptionsBuilder<SqliteHiringDbContext>()
        .UseSqlite($"Data Source={Path.Combine(fixture.App.DataFolder, "hiring.db")}").Options);

    /// <summary>A pinyin input method, driven through Chromium's own input-method events.</summary>
    private sealed class InputMethod(IPage page, ICDPSession cdp)
    {
        /// <summary>Chinese two characters a commit, full-width punctuation committed alone without composing, digits and
        /// Latin letters typed straight through on keys, a line break with Enter.</summary>
        public async Task TypeAsync(string text)
        {
            for (int i = 0; i < text.Length;)
            {
                var c = text[i];
                if (c == '\n') { await page.Keyboard.PressAsync("Enter"); i++; }
                else if (c < 0x80)
                {
                    var end = i;
                    while (end < text.Length && text[end] is < (char)0x80 and not '\n') end++;
                    await page.Keyboard.TypeAsync(text[i..end]);
                    i = end;
                }
                else if (char.IsPunctuation(c)) { await InsertAsync(c.ToString()); i++; }
                else
                {
                    var n = i + 1 < text.Length && IsHan(text[i + 1]) ? 2 : 1;
                    await ComposeAsync(text.Substring(i, n));
                    i += n;
                }
            }
        }

        /// <summary>Pinyin composed letter by letter, then the phrase committed.</summary>
        public async Task ComposeAsync(string phrase)
        {
            foreach (var pinyin in new[] { "p", "pi", "pin" })
                await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object>
                    { ["text"] = pinyin, ["selectionStart"] = pinyin.Length, ["selectionEnd"] = pinyin.Length });
            await InsertAsync(phrase);
        }

        private Task InsertAsync(string text) => cdp.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = text });

        private static bool IsHan(char c) => c >= 0x80 && !char.IsPunctuation(c);
    }
}
