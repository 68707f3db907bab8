using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Pages;

/// <summary>
/// Every page each role can reach by following links, in Chromium, under the app's real CSP: the
/// browser must report no violation (a blocked inline style draws a chart bar as a 2 px line; a
/// blocked script leaves a page without its behaviour).
/// </summary>
public partial class ContentSecurityPolicyTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    private const int AddressesPerPage = 2, MostPages = 150;

    [Theory]
    [InlineData("")]
    [InlineData("candidate@demo.hiring.local")]
    [InlineData("recruiter@demo.hiring.local")]
    [InlineData("interviewer@demo.hiring.local")]
    [InlineData("manager@demo.hiring.local")]
    [InlineData("admin@demo.hiring.local")]
    public async Task No_page_breaks_the_content_security_policy(string email)
    {
        var page = email.Length == 0
            ? await (await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.App.BaseUrl })).NewPageAsync()
            : await fixture.SignedInPageAsync(email);
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) violations.Add($"{page.Url}: {m.Text}"); };
        // The event names the directive even where the console message is terse; init scripts are not subject to the page's CSP.
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' line ' + e.lineNumber))");

        var visited = await WalkAsync(page, ["/", "/Careers", "/Account/Login", "/Account/Register", "/Status/404"]);

        Assert.True(visited.Count >= 5, $"only {visited.Count} pages visited: {string.Join(", ", visited)}");
        Assert.True(violations.Count == 0, $"{(email.Length == 0 ? "anonymous" : email)}: {violations.Count} CSP violations on {visited.Count} pages:\n" + string.Join("\n", violations.Distinct().Take(30)));
        await page.Context.CloseAsync();
    }

    /// <summary>Breadth first over same-site links, a couple of addresses per page shape (ids folded), files skipped.</summary>
    private static async Task<List<string>> WalkAsync(IPage page, IEnumerable<string> starts)
    {
        var queue = new Queue<string>(starts.Prepend(new Uri(page.Url).PathAndQuery));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var perShape = new Dictionary<string, int>();
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < MostPages)
        {
            var url = queue.Dequeue();
            var shape = Id().Replace(url.Split('?')[0], "{id}");
            if (!seen.Add(url) || perShape.GetValueOrDefault(shape) >= AddressesPerPage || IsFile(url)) continue;
            perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            if (response is null || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html")) continue;
            visited.Add(url);
            var here = new Uri(page.Url);
            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))"))
            {
                if (href.StartsWith('#') || href.StartsWith("mailto:")) continue;
                var next = new Uri(here, href);
                if (next.Authority == here.Authority) queue.Enqueue(next.PathAndQuery);
            }
        }
        return visited;
    }

    /// <summary>Downloads (CSV, PDF, CVs) are files, not pages: the browser would save them.</summary>
    private static bool IsFile(string url) =>
        url.Contains("handler=Csv", StringComparison.OrdinalIgnoreCase) || url.Contains("handler=Pdf", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("/Cvs/", StringComparison.OrdinalIgnoreCase) || url.StartsWith("/Reports/Download", StringComparison.OrdinalIgnoreCase)
        || url.Contains("handler=Sheet", StringComparison.OrdinalIgnoreCase) || url.Contains("handler=Export", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<=/)([0-9a-f]{8}-[0-9a-f-]{27}|\d+)(?=/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Id();
}
