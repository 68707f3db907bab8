using System.Security.Claims;
using Hiring.Web.Pages.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Reports;

/// <summary>
/// The zip of the chosen applications' reports, or why there is none in the reader's language: one rule for every page
/// that offers the download (the reports page, the applicant list's bulk bar with its ticked rows or all its matches).
/// </summary>
public sealed class ReportZips(ReportDownloads downloads, IStringLocalizer<ReportZips> text)
{
    public async Task<(IActionResult? Zip, string? Refusal)> ForAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> applicationIds, CancellationToken ct = default)
    {
        var ids = applicationIds.Distinct().ToList();
        var refusal = ids.Count switch
        {
            0 => text["Select at least one application to download its report."].Value,
            > ReportDownloads.MaxPerZip => text["A zip holds at most {0} reports; you selected {1}. Narrow the list and download in parts.", ReportDownloads.MaxPerZip, ids.Count].Value,
            _ => null,
        };
        if (refusal is not null) return (null, refusal);
        var models = await downloads.ManyAsync(user, ids, ct);
        return models.Count > 0 ? (new ReportZipResult(models), null) : (null, text["The selected applications no longer exist; reload the list."].Value);
    }
}
