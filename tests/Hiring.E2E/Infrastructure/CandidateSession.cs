using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hiring.E2E.Infrastructure;

/// <summary>One autosave the server answered: what was sent and what it said.</summary>
public sealed record SaveAck(string ItemId, long Seq, string Value, string Status, double RemainingSeconds);

/// <summary>An item on the test page with the option ids its inputs offer.</summary>
public sealed record PageItem(string Id, string Part, IReadOnlyList<string> Options)
{
    /// <summary>A valid answer for this item, varied by <paramref name="n"/> (SJT and choice items only).</summary>
    public string Answer(long n) => Part == "Sjt"
        ? JsonSerializer.Serialize(new { most = Options[(int)(n % Options.Count)], least = Options[(int)((n + 1) % Options.Count)] })
        : JsonSerializer.Serialize(new { choice = Options[(int)(n % Options.Count)] });
}

/// <summary>The test page as the server rendered it: attempt, antiforgery token, clock and items.</summary>
public sealed record TestPage(Guid AttemptId, string Token, double RemainingSeconds, long SeqBase, IReadOnlyList<PageItem> Items);

/// <summary>
/// A candidate's browser without the browser: cookies, the antiforgery token from each form, log-in,
/// starting a test and the page script's autosave calls. The base address can change between
/// requests (another node, a restarted process): the cookies follow, as they would behind a proxy.
/// </summary>
public sealed partial class CandidateSession : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    public CandidateSession(string baseUrl)
    {
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = true, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        { Timeout = TimeSpan.FromSeconds(30) };
        BaseUrl = baseUrl;
    }

    /// <summary>The node the next requests go to.</summary>
    public string BaseUrl { get; set; }

    private Uri Url(string path) => new(new Uri(BaseUrl), path);

    /// <summary>Cookies are per host, not per port: the same cookie jar reaches every node on 127.0.0.1.</summary>
    public CookieCollection Cookies => _cookies.GetAllCookies();

    public async Task LogInAsync(string email, string password = "demo-password-2026")
    {
        var form = await GetAsync("/Account/Login");
        using var response = await _http.PostAsync(Url("/Account/Login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = FormToken(form),
        }));
        response.EnsureSuccessStatusCode();
        if (!_cookies.GetAllCookies().Any(c => c.Name.EndsWith("Hiring", StringComparison.Ordinal)))
            throw new InvalidOperationException($"Log-in as {email} did not set the session cookie");
    }

    /// <summary>Starts (or resumes) the <paramref name="index"/>-th test listed on /Candidate/Tests with SJT or choice items.</summary>
    public async Task<TestPage> StartTestAsync(int index = 0)
    {
        var list = await GetAsync("/Candidate/Tests");
        var starts = StartForm().Matches(list);
        if (starts.Count <= index) throw new InvalidOperationException($"Only {starts.Count} tests can be started:\n{list}");
        var start = starts[index];
        using var response = await _http.PostAsync(Url("/Candidate/Tests/Start"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["application"] = start.Groups["app"].Value, ["test"] = start.Groups["test"].Value, ["__RequestVerificationToken"] = FormToken(list),
        }));
        response.EnsureSuccessStatusCode();
        var id = Guid.Parse(response.RequestMessage!.RequestUri!.Segments[^1]);
        return await OpenTestAsync(id);
    }

    /// <summary>How many tests /Candidate/Tests offers to start.</summary>
    public async Task<int> StartableTestsAsync() => StartForm().Matches(await GetAsync("/Candidate/Tests")).Count;

    /// <summary>Loads (or reloads) the test page, as a candidate resuming would.</summary>
    public async Task<TestPage> OpenTestAsync(Guid attemptId)
    {
        var html = await GetAsync($"/Candidate/Tests/Take/{attemptId}");
        var form = TestForm().Match(html);
        if (!form.Success) throw new InvalidOperationException($"No test form on the page:\n{html[..Math.Min(html.Length, 2000)]}");
        var items = Items(html).Where(i => i.Part is "Sjt" or "Choice" && i.Options.Count >= 2).ToList();
        return new TestPage(attemptId, WebUtility.HtmlDecode(form.Groups["token"].Value),
            double.Parse(form.Groups["remaining"].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(form.Groups["seq"].Value), items);
    }

    /// <summary>One autosave, as the page's script sends it. Throws when the server cannot be reached.</summary>
    public async Task<SaveAck> SaveAsync(TestPage page, string itemId, long seq, string valueJson, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url($"/Candidate/Tests/Take/{page.AttemptId}/Save"))
        {
            Content = JsonContent.Create(new { itemId, seq, value = JsonNode.Parse(valueJson) }),
        };
        request.Headers.Add("RequestVerificationToken", page.Token);
        using var response = await _http.SendAsync(request, ct);
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
            throw new HttpRequestException($"Save answered {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}", null, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return new SaveAck(itemId, seq, valueJson, body.GetProperty("status").GetString()!, body.GetProperty("remainingSeconds").GetDouble());
    }

    /// <summary>The "Submit test" button, with no changed answers: what was autosaved is final. Returns the page it lands on.</summary>
    public async Task<string> SubmitAsync(TestPage page)
    {
        using var response = await _http.PostAsync(Url($"/Candidate/Tests/Take/{page.AttemptId}/Submit"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = page.Token }));
        response.EnsureSuccessStatusCode();
        return response.RequestMessage!.RequestUri!.AbsolutePath;
    }

    public async Task<string> GetAsync(string path)
    {
        using var response = await _http.GetAsync(Url(path));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static string FormToken(string html) =>
        AntiforgeryField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in the form");

    /// <summary>The items in page order: each runs from its data-item attribute to the next one.</summary>
    private static List<PageItem> Items(string html)
    {
        var marks = ItemMark().Matches(html).ToList();
        return [.. marks.Select((m, i) =>
        {
            var body = html[m.Index..(i + 1 < marks.Count ? marks[i + 1].Index : html.Length)];
            return new PageItem(m.Groups["id"].Value, m.Groups["part"].Value, [.. OptionValue().Matches(body).Select(o => o.Groups[1].Value).Distinct()]);
        })];
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"name=""application"" value=""(?<app>[0-9a-f-]{36})""\s*/>\s*<input type=""hidden"" name=""test"" value=""(?<test>\d+)""")]
    private static partial Regex StartForm();

    [GeneratedRegex(@"id=""test-form""[^>]*data-remaining=""(?<remaining>[0-9.]+)""[^>]*data-seq=""(?<seq>\d+)"" data-token=""(?<token>[^""]+)""")]
    private static partial Regex TestForm();

    [GeneratedRegex(@"data-item=""(?<id>[^""]+)"" data-part=""(?<part>\w+)""")]
    private static partial Regex ItemMark();

    [GeneratedRegex(@"type=""radio""[^>]*value=""([^""]+)""")]
    private static partial Regex OptionValue();

    public void Dispose() => _http.Dispose();
}
