using System.Text;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>
/// A CV over the size limit, sent to the real server (Kestrel): the candidate reads why it was refused
/// instead of a reset connection (issue 14, item 12).
/// </summary>
public class CvUploadTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    [Fact]
    public async Task A_six_megabyte_cv_is_refused_with_a_message_and_the_form_keeps_its_input()
    {
        var page = await fixture.SignedInPageAsync("candidate@demo.hiring.local");
        await fixture.LandsOnAsync(page, "/Candidate");
        await ApplySteps.OpenAnApplyFormAsync(page);
        await page.Locator("input[name='Input.Location']").FillAsync("Wakefield");
        var cv = new byte[6 * 1024 * 1024];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(cv, 0);
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "big-cv.pdf", MimeType = "application/pdf", Buffer = cv });

        await page.Locator("main form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("larger than the 5 MB limit", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("input[name='Input.Location']")).ToHaveValueAsync("Wakefield");
        await page.Context.CloseAsync();
    }
}
