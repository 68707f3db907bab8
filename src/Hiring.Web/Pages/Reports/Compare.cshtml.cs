using Hiring.Documents.Reports;
using Hiring.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Reports;

/// <summary>
/// Two to four applicants side by side, one column each: tests, competencies, the panel's averages, integrity flags and stage,
/// all read off each one's report model (<see cref="CandidateReportBuilder"/>), so a figure here is the report's. Every
/// column is audited as a report read on screen.
/// </summary>
public class CompareModel(ReportDownloads reports, IStringLocalizer<CompareModel> text) : PageModel
{
    public const int Fewest = 2, Most = 4;

    public sealed record Column(Guid Id, CandidateReportModel Report);

    public List<Column> Columns { get; private set; } = [];
    public string? Refusal { get; private set; }

    /// <summary>The names of the rows, in the order the columns first bring them (a test, a competency, a rated competency).</summary>
    public IReadOnlyList<string> Tests => [.. Columns.SelectMany(c => c.Report.Tests.Select(t => t.Name)).Distinct()];
    public IReadOnlyList<string> Competencies => [.. Columns.SelectMany(c => c.Report.Competencies.Select(x => x.Name)).Distinct()];
    public IReadOnlyList<string> RatedCompetencies => [.. Columns.SelectMany(c => c.Report.PanelByCompetency.Select(x => x.Name)).Distinct().Order()];

    public async Task OnGetAsync([FromQuery] List<Guid> ids)
    {
        var chosen = ids.Distinct().ToList();
        Refusal = chosen.Count switch
        {
            < Fewest => text["Choose at least {0} applicants to compare (you chose {1}): tick them on the candidate reports list.", Fewest, chosen.Count].Value,
            > Most => text["Compare at most {0} applicants at a time (you chose {1}).", Most, chosen.Count].Value,
            _ => null,
        };
        if (Refusal is not null) return;
        var models = await reports.ViewAsync(User, chosen, HttpContext.RequestAborted);
        if (models.Count != chosen.Count)
        {
            Refusal = text["Some of the chosen applications no longer exist; go back to the list and choose again."];
            return;
        }
        Columns = [.. chosen.Zip(models, (id, model) => new Column(id, model))];
    }

    /// <summary>The ticked rows of the reports list, as an address to read (and share, and reload).</summary>
    public IActionResult OnPost([FromForm] List<Guid> selected) => RedirectToPage(new { ids = selected.Distinct().ToArray() });
}
