using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>What a candidate writes into an apply form, in the post's language.</summary>
internal sealed record ApplyAnswers(string Phone, string City, string Languages, string Answer, string CvName, string Cv);

/// <summary>The browser steps of applying and being invited, shared by the journeys that go through them.</summary>
internal static class ApplySteps
{
    /// <summary>Fills the open apply form — profile, the first shift, yes to every availability question, the first option
    /// of each choice, 80 for a number and <see cref="ApplyAnswers.Answer"/> for a text question, a CV, consent — and sends it.</summary>
    public static async Task FillAndSendAsync(IPage page, ApplyAnswers a)
    {
        await page.Locator("#Input_Phone").FillAsync(a.Phone);
        await page.Locator("#Input_Location").FillAsync(a.City);
        await page.Locator("#Input_Languages").FillAsync(a.Languages);
        await page.Locator("input[name='Input.Shifts']").First.CheckAsync();
        foreach (var yes in new[] { "#we-yes", "#qr-yes", "#rc-yes" })
            if (await page.Locator(yes).CountAsync() > 0) await page.Locator(yes).CheckAsync();
        foreach (var select in await page.Locator("main select[id^=answer-]").AllAsync())
            await select.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        foreach (var number in await page.Locator("main input[type=number][id^=answer-]").AllAsync()) await number.FillAsync("80");
        foreach (var text in await page.Locator("main input:not([type=number])[id^=answer-]").AllAsync()) await text.FillAsync(a.Answer);
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = a.CvName, MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(a.Cv),
        });
        await page.Locator("#consent").CheckAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
    }

    /// <summary>On a recruiter's application page: invites the candidate to the tests, which moves it to Testing.</summary>
    public static async Task MoveToTestingAsync(IPage staff)
    {
        await staff.Locator("#invite-form button").ClickAsync();
        // Invited: the page no longer offers the invitation.
        await Assertions.Expect(staff.Locator("#invite-form")).ToHaveCountAsync(0);
    }

    /// <summary>Goes to the apply form of the first open post this candidate has not applied to; returns the post's id.</summary>
    public static async Task<string> OpenAnApplyFormAsync(IPage page)
    {
        await page.GotoAsync("/Careers");
        var links = await page.Locator("main a[href^='/Careers/Post/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var id in links.Select(l => Regex.Match(l, @"/Careers/Post/(\d+)").Groups[1].Value).Distinct())
        {
            await page.GotoAsync($"/Candidate/Applications/Apply?postId={id}");
            if (await page.Locator("input[type=file]").CountAsync() > 0) return id;
        }
        throw new InvalidOperationException("No open post left to apply to.");
    }
}
