using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;
using MimeKit;

namespace Hiring.E2E.Candidate;

/// <summary>
/// The whole candidate journey on a 360 px phone (issue 18, done when): register, confirm the e-mail from the link in the
/// mail, apply with a CV, get invited, practise, take every test of the home-based post's battery (situational judgement, typing,
/// reading, computer literacy and the multitasking simulation), and read each result. Every page on the way fits the screen.
/// </summary>
public partial class PhoneLayoutTests
{
    private const string JourneyPost = "Home-based Customer Service Advisor";

    [Fact]
    public async Task A_new_candidate_goes_from_registering_to_every_result_on_a_phone()
    {
        var email = $"phone.{Guid.NewGuid():N}"[..18] + "@example.com";
        const string name = "Olusegun Phone-Journey";
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.App.BaseUrl, ViewportSize = new() { Width = Width, Height = 740 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();

        // Register, then confirm from the mail's link.
        await page.GotoAsync("/Account/Register");
        await AssertFitsAsync(page);
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("phone-journey-2026!");
        await page.GetByLabel("Repeat the password").FillAsync("phone-journey-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your e-mail", new() { Timeout = 15_000 });
        await AssertFitsAsync(page);
        await page.GotoAsync(await ConfirmationLinkAsync(email));
        await AssertFitsAsync(page);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("phone-journey-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await fixture.LandsOnAsync(page, "/Candidate");

        // Find the post and apply with a CV.
        await page.GotoAsync("/Careers");
        await page.GetByRole(AriaRole.Link, new() { Name = JourneyPost }).First.ClickAsync();
        await AssertFitsAsync(page);
        await page.Locator("main a.button[href*='/Candidate/Applications/Apply']").ClickAsync();
        await AssertFitsAsync(page);
        await ApplySteps.FillAndSendAsync(page, new("07700 900123", "Leeds", "English, Yoruba", "Next month", "cv.txt",
            "Olusegun Phone-Journey\nTwo years of inbound customer service.\n"));
        await fixture.LandsOnAsync(page, "/Candidate");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"“{JourneyPost}”");
        await AssertFitsAsync(page);

        await InviteAsync(name);

        // Practise first: the situational judgement's practice round on the real test page, its answers shown, nothing kept.
        await page.GotoAsync("/Candidate/Tests");
        await AssertFitsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Practise first: the Situational judgement test, not scored" }).First.ClickAsync();
        await fixture.LandsOnAsync(page, "/Candidate/Tests/Practice/en/Sjt");
        await AssertFitsAsync(page);
        await AnswerSjtAsync(page);
        await page.Locator("#submit-test").ClickAsync();
        await page.Locator("#submit-confirm-yes").ClickAsync();
        await fixture.LandsOnAsync(page, "/Candidate/Tests/Practice/en/Sjt/Submit");
        await Assertions.Expect(page.Locator("[data-testid=practice-marks]")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.Locator("#back-to-tests").ClickAsync();
        await fixture.LandsOnAsync(page, "/Candidate/Tests");

        // Every test of the battery, each submitted through the confirmation, each result read.
        var tests = new (string Name, Func<IPage, Task> Answer)[]
        {
            ("Situational judgement", AnswerSjtAsync), ("Typing", TypeAsync), ("Reading comprehension", ReadAsync),
            ("Computer literacy", AnswerLiteracyAsync), ("Multitasking simulation", WorkTheShiftAsync),
        };
        foreach (var (test, answer) in tests)
        {
            var battery = page.Locator("section.battery", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = JourneyPost }) });
            await battery.GetByRole(AriaRole.Button, new() { Name = $"Start the {test} test" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/Candidate/Tests/Take/"));
            await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync(new Regex(@"^\d+:\d\d$"));
            await AssertFitsAsync(page);
            await answer(page);
            await page.Locator("#submit-test").ClickAsync();
            await page.Locator("#submit-confirm-yes").ClickAsync();
            await page.WaitForURLAsync(new Regex("/Candidate/Tests/Result/"));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Your result: {test}");
            await AssertFitsAsync(page);
            await page.GotoAsync("/Candidate/Tests");
        }
        await Assertions.Expect(page.Locator("section.battery", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = JourneyPost }) })
            .Locator("a[id^=result-]")).ToHaveCountAsync(tests.Length);
        await AssertFitsAsync(page);
        await context.CloseAsync();
    }

    /// <summary>The confirmation link from the mail the app wrote to its outbox folder (no SMTP host in this test).</summary>
    private async Task<string> ConfirmationLinkAsync(string email)
    {
        var outbox = Path.Combine(fixture.App.DataFolder, "outbox");
        for (var tries = 0; tries < 100; tries++)
        {
            foreach (var file in Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml") : [])
            {
                var mail = await MimeMessage.LoadAsync(file);
                if (!mail.To.Mailboxes.Any(m => m.Address == email)) continue;
                var link = Regex.Match(mail.TextBody ?? mail.HtmlBody ?? "", @"https?://\S+/Account/ConfirmEmail\S+");
                if (link.Success) return new Uri(System.Net.WebUtility.HtmlDecode(link.Value.TrimEnd('"', '>', ')'))).PathAndQuery;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No confirmation mail for {email} in {outbox}.");
    }

    /// <summary>A recruiter (on a desktop) moves the new application to Testing, which invites the candidate.</summary>
    private async Task InviteAsync(string name)
    {
        var staff = await fixture.SignedInPageAsync("recruiter@demo.hiring.local");
        await fixture.LandsOnAsync(staff, "/Recruiting");
        await staff.GotoAsync("/Recruiting/Applications?Sort=NewestFirst");
        await staff.GetByRole(AriaRole.Link, new() { Name = name }).First.ClickAsync();
        await staff.WaitForURLAsync(new Regex("/Recruiting/Applications/Details/"));
        await ApplySteps.MoveToTestingAsync(staff);
        await staff.Context.CloseAsync();
    }

    private static async Task AnswerSjtAsync(IPage page)
    {
        foreach (var item in await page.Locator("section.item.sjt").AllAsync()) await TakingTestsTests.AnswerSjtAsync(item);
    }

    private static async Task TypeAsync(IPage page)
    {
        var passage = (await page.Locator("#typing-passage").InnerTextAsync()).Trim();
        await page.Locator("#typing-input").ClickAsync();
        await page.Keyboard.TypeAsync(new string([.. passage.Where(c => c is >= ' ' and <= '~')])[..60], new() { Delay = 30 });
    }

    private static async Task ReadAsync(IPage page)
    {
        var steps = page.Locator("section.passage-step");
        for (var s = 0; s < await steps.CountAsync(); s++)
        {
            var next = page.Locator("[data-next-step]").Nth(s - 1);
            if (s > 0 && await next.IsVisibleAsync()) await next.ClickAsync();
            await steps.Nth(s).Locator("[data-read-button]").ClickAsync();
            var questions = steps.Nth(s).Locator("fieldset.item.choice");
            await Assertions.Expect(questions.First).ToBeVisibleAsync(new() { Timeout = 15_000 });
            for (var i = 0; i < await questions.CountAsync(); i++) await questions.Nth(i).Locator("input[type=radio]").First.CheckAsync();
            await AssertFitsAsync(page);
        }
    }

    private static async Task AnswerLiteracyAsync(IPage page)
    {
        foreach (var question in await page.Locator("fieldset.item.choice").AllAsync()) await question.Locator("input[type=radio]").First.CheckAsync();
        var field = page.Locator("section.item.task input[data-field]").First;
        await field.FillAsync("");
        await field.PressSequentiallyAsync("Nowak");
    }

    /// <summary>The first call line is there at once; the record is kept from it and the question answered.</summary>
    private static async Task WorkTheShiftAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#sim-call-lines li").First).ToBeVisibleAsync();
        await page.Locator("[data-sim-answer]").First.FillAsync("50");
        await page.Locator("[data-sim-answer]").First.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#progress-text")).ToContainTextAsync("1 of 1 questions answered");
    }
}
