using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Security.Fuzzing;

/// <summary>
/// Posts a page's real form (antiforgery token included) with one field at a time replaced by each
/// hostile value, plus a missing field, a duplicated field and an oversized body. Collects every
/// response that is a server error or renders the script marker unescaped.
/// </summary>
public sealed class FormFuzzer(PageClient client)
{
    public int Sent { get; private set; }
    public List<string> Problems { get; } = [];

    /// <summary>A file sent with every post, as multipart/form-data (the apply form's CV); null: url-encoded posts.</summary>
    public (string Field, string FileName, byte[] Content)? File { get; init; }

    /// <summary>Values that make the page's form valid as a whole (fields left unticked on the page, say), so each hostile value is the only thing wrong.</summary>
    public IReadOnlyDictionary<string, string> Baseline { get; init; } = new Dictionary<string, string>();

    /// <summary>Runs after every post with what was sent and the response: a test checks that a refused post stored nothing (and clears what an accepted one made).</summary>
    public Func<string, HttpResponseMessage, Task>? AfterEach { get; init; }

    public Task FuzzAsync(string url, string formSelector = "main form", IEnumerable<string>? onlyFields = null) =>
        FuzzFormAsync(() => Task.FromResult(url), fresh: false, formSelector, onlyFields);

    /// <summary>
    /// Like <see cref="FuzzAsync"/>, reading the form again from <paramref name="nextUrl"/> before every
    /// post: for forms that one valid post uses up (a test's Submit).
    /// </summary>
    public Task FuzzFreshAsync(Func<Task<string>> nextUrl, string formSelector, IEnumerable<string>? onlyFields = null) =>
        FuzzFormAsync(nextUrl, fresh: true, formSelector, onlyFields);

    private async Task FuzzFormAsync(Func<Task<string>> url, bool fresh, string formSelector, IEnumerable<string>? onlyFields)
    {
        var form = await ReadFormAsync(await url(), formSelector);
        var targets = (onlyFields ?? form.Fields.Select(f => f.Name).Where(n => n != "__RequestVerificationToken")).Distinct().ToList();
        var used = false;
        async Task PostAsync(string what, Func<List<(string Name, string Value)>, IEnumerable<(string Name, string Encoded)>> pairs)
        {
            if (fresh && used) form = await ReadFormAsync(await url(), formSelector);
            used = true;
            await SendAsync(form.Action, what, pairs(form.Fields));
        }

        foreach (var target in targets)
        {
            foreach (var (label, encoded) in HostileInput.Values)
                await PostAsync($"{target} = {label}", f => f.Select(x => x.Name == target ? (x.Name, encoded) : (x.Name, Encode(x.Value))));
            await PostAsync($"{target} missing", f => f.Where(x => x.Name != target).Select(x => (x.Name, Encode(x.Value))));
            await PostAsync($"{target} duplicated", f => f.Select(x => (x.Name, Encode(x.Value))).Append((target, Encode("second value"))));
        }
        // Far past the 4 MB a form value may hold: refused as a bad request, never a crash.
        await PostAsync("oversized body", f => f.Select(x => (x.Name, x.Name == targets[0] ? new string('a', 5_000_000) : Encode(x.Value))));
    }

    /// <summary>A GET search/filter form: each of its parameters in turn gets every hostile value in the query string.</summary>
    public async Task FuzzQueryAsync(string url, string formSelector)
    {
        var (_, page) = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"no form {formSelector} on {url}");
        var path = new Uri(new Uri(page.Url), form.GetAttribute("action") ?? "").AbsolutePath;
        foreach (var name in Fields(form).Select(f => f.Name).Distinct())
            foreach (var (label, encoded) in HostileInput.Values.Where(v => v.Encoded.Length < 20_000))
            {
                Sent++;
                var target = $"{path}?{Uri.EscapeDataString(name)}={encoded}&{Uri.EscapeDataString(name)}=2";
                var response = await client.Http.GetAsync(target);
                var html = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500) Problems.Add($"GET {path} [{name} = {label}]: {(int)response.StatusCode}");
                else if (html.Contains(HostileInput.ScriptMarker)) Problems.Add($"GET {path} [{name} = {label}]: script rendered unescaped");
            }
    }

    /// <summary>
    /// A JSON endpoint: every property of <paramref name="valid"/> in turn (nested ones too) gets each
    /// hostile JSON value, goes missing and is duplicated; then whole bodies that are not the object at all.
    /// A refusal must be a 4xx whose JSON says why in <c>message</c>; nothing may be a 500.
    /// </summary>
    public async Task FuzzJsonAsync(string url, string token, string valid)
    {
        foreach (var (label, body) in HostileJson.Bodies(valid))
        {
            Sent++;
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(label == "text/plain body" ? "text/plain" : "application/json");
            request.Headers.Add("RequestVerificationToken", token);
            var response = await client.Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status >= 500) Problems.Add($"{url} [{label}]: {status}");
            else if (text.Contains(HostileInput.ScriptMarker)) Problems.Add($"{url} [{label}]: script echoed back");
            else if (!(response.Content.Headers.ContentType?.MediaType ?? "").Contains("json")) Problems.Add($"{url} [{label}]: {status} without JSON");
            else if (status >= 400 && !HasMessage(text)) Problems.Add($"{url} [{label}]: {status} without a message");
            if (AfterEach is not null) await AfterEach(label, response);
        }
    }

    private static bool HasMessage(string json)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            return doc.RootElement.TryGetProperty("message", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.String && m.GetString()!.Length > 0;
        }
        catch (System.Text.Json.JsonException) { return false; }
    }

    private async Task<(string Action, List<(string Name, string Value)> Fields)> ReadFormAsync(string url, string formSelector)
    {
        var (response, page) = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"no form {formSelector} on {url} ({(int)response.StatusCode} {page.Title}); problems so far:\n{string.Join("\n", Problems)}");
        // Resolved by hand: AngleSharp's form.Action escapes the '?' of a query.
        var action = new Uri(new Uri(page.Url), form.GetAttribute("action") ?? "").PathAndQuery;
        var fields = Fields(form);
        foreach (var (name, value) in Baseline)
        {
            fields.RemoveAll(f => f.Name == name);
            fields.Add((name, value));
        }
        return (action, fields);
    }

    private async Task SendAsync(string action, string what, IEnumerable<(string Name, string Encoded)> pairs)
    {
        Sent++;
        using var content = File is { } file ? Multipart(pairs, file) : UrlEncoded(pairs);
        var response = await client.Http.PostAsync(action, content);
        var html = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500) Problems.Add($"{action} [{what}]: {(int)response.StatusCode}");
        else if (html.Contains(HostileInput.ScriptMarker) || html.Contains("<img src=x onerror"))
            Problems.Add($"{action} [{what}]: script rendered unescaped");
        else if (response.StatusCode == HttpStatusCode.OK && !html.Contains("<html", StringComparison.OrdinalIgnoreCase) && html.Length > 0
                 && !(response.Content.Headers.ContentType?.MediaType ?? "").Contains("json"))
            Problems.Add($"{action} [{what}]: 200 without a page");
        // Posted text echoed into a cookie (a status message kept for the next page): browsers drop cookies past
        // about 4 KB each and a few dozen per site, the session cookie among them.
        else if (response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Sum(c => c.Length) > 8_192)
            Problems.Add($"{action} [{what}]: {cookies.Sum(c => c.Length)} bytes of cookies set");
        if (AfterEach is not null) await AfterEach(what, response);
    }

    private static HttpContent UrlEncoded(IEnumerable<(string Name, string Encoded)> pairs) =>
        new StringContent(string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Name) + "=" + p.Encoded)), Encoding.ASCII, "application/x-www-form-urlencoded");

    /// <summary>The same values as raw bytes in multipart parts, so invalid UTF-8 arrives as the bytes a hostile client sends.</summary>
    private static HttpContent Multipart(IEnumerable<(string Name, string Encoded)> pairs, (string Field, string FileName, byte[] Content) file)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, encoded) in pairs) body.Add(new ByteArrayContent(WebUtility.UrlDecodeToBytes(Encoding.ASCII.GetBytes(encoded), 0, encoded.Length)), name);
        body.Add(new ByteArrayContent(file.Content), file.Field, file.FileName);
        return body;
    }

    private static List<(string Name, string Value)> Fields(IHtmlFormElement form)
    {
        var list = new List<(string, string)>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            if (input.Type is "submit" or "button" or "file") continue;
            if (input.Type is "checkbox" or "radio") { if (input.IsChecked || input.Type == "checkbox") list.Add((input.Name!, input.Value)); }
            else list.Add((input.Name!, input.Value));
        }
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
            list.Add((select.Name!, select.Value ?? ""));
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
            list.Add((area.Name!, area.Value));
        return list;
    }

    private static string Encode(string value) => Uri.EscapeDataString(value);
}
