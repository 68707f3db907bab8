using System.Net;
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

    public async Task FuzzAsync(string url, string formSelector = "main form", IEnumerable<string>? onlyFields = null)
    {
        var (_, page) = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"no form {formSelector} on {url}");
        var action = new Uri(string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.Action).PathAndQuery;
        var fields = Fields(form);
        var targets = (onlyFields ?? fields.Select(f => f.Name).Where(n => n != "__RequestVerificationToken")).Distinct().ToList();

        foreach (var target in targets)
        {
            foreach (var (label, encoded) in HostileInput.Values)
                await SendAsync(action, $"{target} = {label}", fields.Select(f => f.Name == target ? (f.Name, encoded) : (f.Name, Encode(f.Value))));
            await SendAsync(action, $"{target} missing", fields.Where(f => f.Name != target).Select(f => (f.Name, Encode(f.Value))));
            await SendAsync(action, $"{target} duplicated", fields.Select(f => (f.Name, Encode(f.Value))).Append((target, Encode("second value"))));
        }
        // Far past the 4 MB a form value may hold: refused as a bad request, never a crash.
        await SendAsync(action, "oversized body", fields.Select(f => (f.Name, f.Name == targets[0] ? new string('a', 5_000_000) : Encode(f.Value))));
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

    private async Task SendAsync(string action, string what, IEnumerable<(string Name, string Encoded)> pairs)
    {
        Sent++;
        var body = string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Name) + "=" + p.Encoded));
        var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await client.Http.PostAsync(action, content);
        var html = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500) Problems.Add($"{action} [{what}]: {(int)response.StatusCode}");
        else if (html.Contains(HostileInput.ScriptMarker) || html.Contains("<img src=x onerror"))
            Problems.Add($"{action} [{what}]: script rendered unescaped");
        else if (response.StatusCode == HttpStatusCode.OK && !html.Contains("<html", StringComparison.OrdinalIgnoreCase) && html.Length > 0
                 && !(response.Content.Headers.ContentType?.MediaType ?? "").Contains("json"))
            Problems.Add($"{action} [{what}]: 200 without a page");
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
