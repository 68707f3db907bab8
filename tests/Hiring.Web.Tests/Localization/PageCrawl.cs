using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Localization;

/// <summary>
/// Walks the pages a role can reach: every page of the app's endpoint list that the role may open,
/// starting from those without route values and following the links on each page (so pages that
/// need an id are opened with real ones from the demo data), a few addresses per page.
/// </summary>
public sealed partial class PageCrawl(HiringApp app, PageClient client, string who)
{
    private const int AddressesPerPage = 3, MostPages = 250;

    public sealed record Visit(string Page, string Url, IHtmlDocument Document);

    /// <summary>The pages (view paths, "/Recruiting/Index") the role may open, with a matcher for their addresses.</summary>
    public IReadOnlyList<(string Page, Regex Address, bool NeedsValues, string Start)> Pages { get; } = ReadPages(app, who);

    public async Task<IReadOnlyList<Visit>> WalkAsync(IEnumerable<string>? extraStarts = null)
    {
        var queue = new Queue<string>(Pages.Where(p => !p.NeedsValues).Select(p => p.Start).Concat(extraStarts ?? []));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var perPage = new Dictionary<string, int>();
        var visits = new List<Visit>();
        while (queue.Count > 0 && visits.Count < MostPages)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var page = PageOf(url);
            if (page is null || perPage.GetValueOrDefault(page) >= AddressesPerPage) continue;
            var response = await client.GetAsync(url);
            if ((int)response.StatusCode != 200 || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            perPage[page] = perPage.GetValueOrDefault(page) + 1;
            var document = await PageClient.ParseAsync(response);
            visits.Add(new Visit(page, url, document));
            foreach (var link in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                if (Local(url, link) is { } next && !seen.Contains(next)) queue.Enqueue(next);
        }
        return visits;
    }

    private string? PageOf(string url)
    {
        var path = url.Split('?')[0].TrimEnd('/');
        if (path.Length == 0) path = "/";
        return Pages.Where(p => p.Address.IsMatch(path)).OrderBy(p => p.NeedsValues).Select(p => p.Page).FirstOrDefault();
    }

    private static string? Local(string from, string href)
    {
        if (href.StartsWith('#') || href.StartsWith("mailto:") || href.StartsWith("tel:")) return null;
        var uri = new Uri(new Uri("https://localhost" + from), href);
        return uri.Host == "localhost" ? uri.PathAndQuery : null;
    }

    private static List<(string, Regex, bool, string)> ReadPages(HiringApp app, string who)
    {
        var pages = new List<(string, Regex, bool, string)>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var route = endpoint.RoutePattern.RawText ?? "";
            if (AccessMatrix.NotRequested.ContainsKey(route.Trim('/'))) continue;
            if (!(AccessMatrix.RowFor(route)?.Allowed.Contains(who) ?? false)) continue;
            var pattern = "^/" + Parameter().Replace(Regex.Escape(route.Trim('/')).Replace(@"\{", "{"), m => m.Value.Contains('?') ? "[^/]*" : "[^/]+")
                .Replace("/[^/]*", "(/[^/]*)?") + "$";
            var needsValues = Parameter().Matches(route).Any(m => !m.Value.Contains('?'));
            pages.Add((descriptor.ViewEnginePath, new Regex(pattern.Replace("^/$", "^/?$"), RegexOptions.IgnoreCase), needsValues,
                "/" + Parameter().Replace(route, "").Trim('/')));
        }
        return pages.DistinctBy(p => (p.Item1, p.Item2.ToString())).ToList();
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
