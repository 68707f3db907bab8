using System.Net;
using System.Text.RegularExpressions;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Security;

/// <summary>
/// Every Razor page and handler, taken from the app's own endpoint list, against every role and an
/// anonymous visitor: allowed ones answer, the others go to log-in (anonymous) or are refused (403).
/// </summary>
public abstract partial class AccessMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    public sealed record PageEndpoint(string Route, string Url, IReadOnlyList<string> PostHandlers);

    [Fact]
    public async Task Every_page_is_in_the_matrix()
    {
        var pages = await PagesAsync();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages found");
        var missing = pages.Where(p => AccessMatrix.RowFor(p.Route) is null).Select(p => p.Route).ToList();
        Assert.True(missing.Count == 0, "Pages with no row in AccessMatrix.Rows: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(AccessMatrix.Anonymous)]
    [InlineData(AccessMatrix.Candidate)]
    [InlineData(AccessMatrix.Recruiter)]
    [InlineData(AccessMatrix.Interviewer)]
    [InlineData(AccessMatrix.Manager)]
    [InlineData(AccessMatrix.Admin)]
    public async Task Every_page_and_handler_answers_only_the_roles_the_matrix_allows(string who)
    {
        var client = new PageClient(app);
        if (who != AccessMatrix.Anonymous) await client.LogInAsync(DemoEmail(who), "demo-password-2026");
        var wrong = new List<string>();
        foreach (var page in (await PagesAsync()).Where(p => !AccessMatrix.NotRequested.ContainsKey(p.Route)))
        {
            var allowed = AccessMatrix.RowFor(page.Route)?.Allowed.Contains(who) ?? false;
            Check(page.Url, "GET", await client.GetAsync(page.Url));
            foreach (var handler in page.PostHandlers)
            {
                var url = handler.Length == 0 ? page.Url : $"{page.Url}?handler={handler}";
                Check(url, "POST", await client.Http.PostAsync(url, new FormUrlEncodedContent([])));
            }

            void Check(string url, string method, HttpResponseMessage response)
            {
                var outcome = Outcome(response);
                var ok = allowed
                    ? outcome is not ("log-in" or "denied" or "error")
                    : outcome == (who == AccessMatrix.Anonymous ? "log-in" : "denied");
                if (!ok) wrong.Add($"{method} {url}: {(int)response.StatusCode} {outcome} (allowed: {allowed})");
            }
        }
        Assert.True(wrong.Count == 0, $"{who}:\n" + string.Join("\n", wrong));
    }

    private string Outcome(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return "error";
        if (status == 403) return "denied";
        if (status is 301 or 302 or 303 or 307)
        {
            var to = response.Headers.Location!.PathAndQuery(app);
            if (to.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase)) return "log-in";
            if (to.StartsWith("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)) return "denied";
            return "redirect";
        }
        return "answered";
    }

    private static string DemoEmail(string role) => role switch
    {
        AccessMatrix.Manager => "manager@demo.hiring.local",
        _ => $"{role.ToLowerInvariant()}@demo.hiring.local",
    };

    private async Task<IReadOnlyList<PageEndpoint>> PagesAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var result = new List<PageEndpoint>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var posts = compiled.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => h.Name ?? "").Distinct().ToList();
            var route = endpoint.RoutePattern.RawText ?? "";
            result.Add(new PageEndpoint(route, "/" + Parameter().Replace(route, Sample).Replace("//", "/").TrimEnd('/'), posts));
        }
        return result.DistinctBy(p => p.Url).ToList();
    }

    /// <summary>A value for a route parameter: a random (so unknown) id of the right type, or nothing when optional.</summary>
    private static string Sample(Match m)
    {
        var spec = m.Groups[1].Value;
        if (spec.EndsWith('?')) return "";
        return spec.Contains(":guid") ? Guid.NewGuid().ToString() : spec.Contains(":int") || spec.Contains(":long") ? "987654" : "sample";
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();
}

public class SqliteAccessMatrixTests(SqliteApp app) : AccessMatrixTests<SqliteApp>(app);
public class PostgresAccessMatrixTests(PostgresApp app) : AccessMatrixTests<PostgresApp>(app);
