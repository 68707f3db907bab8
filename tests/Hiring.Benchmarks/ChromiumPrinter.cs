using Hiring.Documents.Reports;
using Microsoft.Playwright;

namespace Hiring.Benchmarks;

/// <summary>
/// A warm headless Chromium (Debian's /usr/bin/chromium, never a downloaded one): browser kept
/// open and one page reused, the best case for HTML-to-PDF.
/// </summary>
public sealed class ChromiumPrinter : IAsyncDisposable
{
    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;

    private ChromiumPrinter(IPlaywright playwright, IBrowser browser, IPage page) => (this.playwright, this.browser, this.page) = (playwright, browser, page);

    public static async Task<ChromiumPrinter> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Args });
        return new ChromiumPrinter(playwright, browser, await browser.NewPageAsync());
    }

    public async Task<byte[]> PrintAsync(CandidateReportModel model)
    {
        await page.SetContentAsync(ReportHtml.Render(model));
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = ReportHtml.Header(model),
            FooterTemplate = ReportHtml.Footer(model),
            Margin = new() { Top = "56px", Bottom = "64px", Left = "56px", Right = "56px" },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
