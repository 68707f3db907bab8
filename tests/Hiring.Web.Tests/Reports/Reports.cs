using AngleSharp.Html.Dom;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Hiring.Web.Tests.Reports;

/// <summary>What the report tests share: the demo hiring manager, and reading a PDF back as its words.</summary>
public static class Reports
{
    public const string ManagerEmail = "manager@demo.hiring.local";

    public static async Task<PageClient> ManagerAsync(HiringApp app)
    {
        var client = new PageClient(app);
        await client.LogInAsync(ManagerEmail, Given.DemoPassword);
        return client;
    }

    /// <summary>Every page's words joined by single spaces, as a reader (or a screen reader) gets them.</summary>
    public static string Text(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join(" ", doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>The text between two markers, e.g. the cover's figures row.</summary>
    public static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"'{from}' … '{to}' not found in: {text}");
        return text[(start + from.Length)..end];
    }

    /// <summary>"1st", "2nd", "3rd", "11th", "82nd", as the report prints percentiles.</summary>
    public static string Ordinal(int n) => (n % 100) is 11 or 12 or 13 ? $"{n}th" : (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" };

    public static Task<T> WithScopeAsync<T>(this HiringApp app, Func<IServiceProvider, Task<T>> work) => Scoped(app, work);

    private static async Task<T> Scoped<T>(HiringApp app, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static List<string> Names(IHtmlDocument dashboard) =>
        [.. dashboard.QuerySelectorAll("#reports tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim())];
}
