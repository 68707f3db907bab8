using Microsoft.Playwright;

namespace Hiring.E2E.Infrastructure;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium) driven by Playwright; never a downloaded browser. The flags
/// keep it off the network (this machine has none) and let it run as root.
/// </summary>
public static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: run tests/run.sh, which installs Debian's chromium.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-quic"],
        });
        return (playwright, browser);
    }

    /// <summary>A fresh browser context (its own cookies) on <paramref name="baseUrl"/>, signed in as <paramref name="email"/>.</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, string baseUrl, string email, string password = "demo-password-2026")
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        return page;
    }
}

/// <summary>One app process and one browser shared by a test class.</summary>
public sealed class AppAndBrowser : IAsyncLifetime
{
    public AppProcess App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright _playwright = null!;

    public async Task InitializeAsync()
    {
        await App.StartAsync();
        (_playwright, Browser) = await Infrastructure.Browser.LaunchAsync();
    }

    /// <summary>A fresh browser context (its own cookies), signed in as <paramref name="email"/>.</summary>
    public Task<IPage> SignedInPageAsync(string email, string password = "demo-password-2026") =>
        Infrastructure.Browser.SignedInPageAsync(Browser, App.BaseUrl, email, password);

    /// <summary>
    /// Waits until the page is at <paramref name="path"/>; when it does not get there, the failure says where the page is,
    /// what it shows (a validation message, an error page) and how the app's log ends, so a one-off in CI can be read.
    /// </summary>
    public Task LandsOnAsync(IPage page, string path) => LandsOnAsync(page, path, App);

    /// <summary>The same wait for a fixture of its own.</summary>
    public static async Task LandsOnAsync(IPage page, string path, AppProcess app)
    {
        try
        {
            // The address is polled, not waited for through navigation events: WaitForURL on a page already at the
            // address waits for a load state, and a "commit" state is never reached then (seen hanging in CI).
            var address = new System.Text.RegularExpressions.Regex($"^[a-z]+://[^/]+{System.Text.RegularExpressions.Regex.Escape(path)}/?([?#].*)?$",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            await Assertions.Expect(page).ToHaveURLAsync(address);
            await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            var shown = await page.Locator("main").InnerTextAsync(new() { Timeout = 2000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(unreadable)");
            var log = app.Log;
            throw new TimeoutException($"Expected {path}, still at {page.Url}. The page shows:\n{shown}\nThe app's log ends:\n{log[Math.Max(0, log.Length - 4000)..]}", e);
        }
    }

    /// <summary>Signs in as <paramref name="email"/>, starts (or resumes) the named test and waits for its clock.</summary>
    public Task<IPage> StartTestAsync(string email, string testName) => StartTestAsync(Browser, App, email, testName);

    /// <summary>The same for a fixture of its own.</summary>
    public static async Task<IPage> StartTestAsync(IBrowser browser, AppProcess app, string email, string testName)
    {
        var page = await Infrastructure.Browser.SignedInPageAsync(browser, app.BaseUrl, email);
        await LandsOnAsync(page, "/Candidate", app);
        await page.GotoAsync("/Candidate/Tests");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Start the {testName} test" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Candidate/Tests/Take/"));
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+:\d\d$"));
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
    }
}
