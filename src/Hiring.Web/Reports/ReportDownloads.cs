using System.IO.Compression;
using System.Security.Claims;
using Hiring.Documents.Reports;
using Hiring.Web.Auditing;
using Hiring.Web.Data;

namespace Hiring.Web.Reports;

/// <summary>
/// Hands out candidate reports. Every report handed out gets its own audit line (who, which
/// application, when), saved before the first byte is sent, so a download is never without its line.
/// </summary>
public sealed class ReportDownloads(HiringDbContext db, CandidateReportBuilder builder, AuditLog audit)
{
    /// <summary>Reports per zip: about 200 × 35 KiB, a download a browser finishes in seconds.</summary>
    public const int MaxPerZip = 200;

    /// <summary>One report, audited; null when there is no such application.</summary>
    public async Task<CandidateReportModel?> OneAsync(ClaimsPrincipal user, Guid applicationId, CancellationToken ct = default)
    {
        var models = await ManyAsync(user, [applicationId], ct);
        return models.Count == 1 ? models[0] : null;
    }

    /// <summary>The reports of the applications that exist among <paramref name="applicationIds"/>, audited one line each.</summary>
    public Task<IReadOnlyList<CandidateReportModel>> ManyAsync(ClaimsPrincipal user, IEnumerable<Guid> applicationIds, CancellationToken ct = default) =>
        AuditedAsync(user, applicationIds, AuditActions.ReportDownload, ct);

    /// <summary>The reports to read on screen, in the order asked, audited one line each as viewed (not downloaded).</summary>
    public Task<IReadOnlyList<CandidateReportModel>> ViewAsync(ClaimsPrincipal user, IEnumerable<Guid> applicationIds, CancellationToken ct = default) =>
        AuditedAsync(user, applicationIds, AuditActions.ReportView, ct);

    private async Task<IReadOnlyList<CandidateReportModel>> AuditedAsync(ClaimsPrincipal user, IEnumerable<Guid> applicationIds, string action, CancellationToken ct)
    {
        var models = new List<CandidateReportModel>();
        foreach (var id in applicationIds.Distinct())
        {
            if (await builder.BuildAsync(id, ct) is not { } model) continue;
            models.Add(model);
            // The reference, not the file name: the name in it is the candidate's, and audit lines outlive an erasure.
            audit.Add(user, action, AuditRecordTypes.Application, id.ToString(), model.Candidate.Reference ?? "");
        }
        await db.SaveChangesAsync(ct);
        return models;
    }

    /// <summary>
    /// Writes a zip of one PDF per report to <paramref name="output"/> (a response body: not seekable, so
    /// entries carry data descriptors). Each PDF is rendered when its turn comes and sent before the next.
    /// </summary>
    public static async Task WriteZipAsync(Stream output, IEnumerable<CandidateReportModel> models, CancellationToken ct = default)
    {
        var chunks = new ZipChunks();
        var zip = new ZipArchive(chunks, ZipArchiveMode.Create, leaveOpen: true);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            // PDF streams are already deflated; storing them saves CPU for almost no size.
            var entry = zip.CreateEntry(UniqueName(CandidateReportPdf.FileName(model), names), CompressionLevel.NoCompression);
            await using (var stream = entry.Open()) await stream.WriteAsync(CandidateReportPdf.Render(model), ct);
            await chunks.MoveToAsync(output, ct);
        }
        zip.Dispose(); // writes the central directory into the chunks
        await chunks.MoveToAsync(output, ct);
    }

    /// <summary>"name.pdf", then "name-2.pdf", "name-3.pdf"… for namesakes.</summary>
    public static string UniqueName(string name, ISet<string> taken)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{stem}-{n}{extension}";
        return candidate;
    }
}

public static class ReportsRegistration
{
    public static IServiceCollection AddHiringReports(this IServiceCollection services) =>
        services.AddScoped<ReportAssessments>().AddScoped<ReportInterviews>().AddScoped<CandidateReportBuilder>().AddScoped<ReportDownloads>().AddScoped<ReportZips>()
            .AddHostedService<FontCheck>();
}
