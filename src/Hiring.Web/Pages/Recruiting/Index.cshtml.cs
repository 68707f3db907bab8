using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting;

/// <summary>
/// The recruiter dashboard: a funnel per post with the conversion between stages, time in each stage per post, what each
/// source's applicants went on to do, and pass rates per test and post, for the applications received in a date range.
/// Each table downloads as CSV.
/// </summary>
public class IndexModel(RecruitingAnalytics analytics, IStringLocalizer<IndexModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateTime? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? To { get; set; }
    [BindProperty(SupportsGet = true)] public bool Closed { get; set; }

    public Analytics Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (From > To)
        {
            ModelState.AddModelError(nameof(From), text["The first day was after the last, so the two were swapped."]);
            (From, To) = (To, From);
        }
        Figures = await analytics.ForAsync(Scope(), ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(string table, CancellationToken ct)
    {
        if (!AnalyticsCsv.Tables.Contains(table)) return NotFound();
        if (From > To) (From, To) = (To, From);
        var figures = await analytics.ForAsync(Scope(), ct);
        var buffer = new MemoryStream();
        await AnalyticsCsv.WriteAsync(buffer, table, figures, s => text[s], ct);
        buffer.Position = 0;
        var range = $"{From:yyyy-MM-dd}{(From is null && To is null ? "" : "_")}{To:yyyy-MM-dd}";
        return File(buffer, "text/csv; charset=utf-8", $"recruiting-{table}{(range.Length > 0 ? "-" + range : "")}.csv");
    }

    /// <summary>This view's query, for the CSV links.</summary>
    public Dictionary<string, string?> RouteValues(string table) => new()
    {
        ["handler"] = "Csv", ["table"] = table, [nameof(From)] = From?.ToString("yyyy-MM-dd"), [nameof(To)] = To?.ToString("yyyy-MM-dd"),
        [nameof(Closed)] = Closed ? "true" : null,
    };

    private AnalyticsScope Scope() => new(From, To, Closed);
}
