using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hiring.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like client: keeps cookies, does not follow redirects by itself (tests look at them),
/// reads pages with AngleSharp and submits their real forms, antiforgery token included.
/// </summary>
public sealed class PageClient(HiringApp app)
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);
    public HttpClient Http { get; } = app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true,
        // HTTPS, as in production: outside Development the cookies are Secure and __Host- prefixed.
        BaseAddress = new Uri("https://localhost"),
    });

    public async Task<HttpResponseMessage> GetAsync(string url) => await Http.GetAsync(url);

    /// <summary>GET that follows redirects and returns the final page.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        for (var i = 0; i < 5 && (int)response.StatusCode is >= 300 and < 400; i++)
            response = await Http.GetAsync(response.Headers.Location!);
        return (response, await ParseAsync(response));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/";
        return (IHtmlDocument)await Browser.OpenAsync(r => r.Content(html).Address(address));
    }

    /// <summary>Fills the page's form (the first, or the one matching <paramref name="formSelector"/>) and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, IDictionary<string, string> values, string formSelector = "main form")
    {
        var (action, fields) = Fill(page, values, formSelector);
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Like <see cref="SubmitAsync"/>, as multipart/form-data with one file in <paramref name="fileField"/>.</summary>
    public async Task<HttpResponseMessage> SubmitWithFileAsync(IHtmlDocument page, IDictionary<string, string> values,
        string fileField, string fileName, byte[] content, string formSelector = "main form")
    {
        var (action, fields) = Fill(page, values, formSelector);
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields) body.Add(new StringContent(value), name);
        body.Add(new ByteArrayContent(content), fileField, fileName);
        return await Http.PostAsync(action, body);
    }

    private static (string Action, List<KeyValuePair<string, string>> Fields) Fill(IHtmlDocument page, IDictionary<string, string> values, string formSelector)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on the page");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            if (input.Type is "checkbox" or "radio") { if (input.IsChecked) fields.Add(new(input.Name!, input.Value)); }
            else if (input.Type is not ("submit" or "button" or "file")) fields.Add(new(input.Name!, input.Value));
        }
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
            fields.Add(new(select.Name!, select.Value ?? ""));
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
            fields.Add(new(area.Name!, area.Value));
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        // Resolve the action attribute ourselves: AngleSharp's form.Action escapes the '?' of a query.
        var action = new Uri(new Uri(page.Url), form.GetAttribute("action") ?? "");
        return (action.PathAndQuery, fields);
    }

    public async Task<HttpResponseMessage> LogInAsync(string email, string password)
    {
        var (_, page) = await GetPageAsync("/Account/Login");
        return await SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }
}
