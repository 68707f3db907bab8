using Hiring.Documents.Reports;
using Hiring.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Hiring.Web.Pages.Reports;

/// <summary>A zip of candidate reports written straight to the response body, one PDF at a time.</summary>
public sealed class ReportZipResult(IReadOnlyList<CandidateReportModel> models) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "application/zip";
        response.Headers.ContentDisposition = $"attachment; filename=\"candidate-reports-{DateTime.UtcNow:yyyy-MM-dd}.zip\"";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        await ReportDownloads.WriteZipAsync(response.Body, models, context.HttpContext.RequestAborted);
    }
}
