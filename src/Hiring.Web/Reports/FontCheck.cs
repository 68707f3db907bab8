using Hiring.Documents.Layout.Fonts;

namespace Hiring.Web.Reports;

/// <summary>
/// Warns at start-up when a fallback font PDFs need is not installed: reports still render, but CJK
/// falls back to a non-subset face and emoji print as code points (README, "PDF documents").
/// </summary>
public sealed class FontCheck(ILogger<FontCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var missing in FontCatalog.Missing())
            logger.LogWarning("PDF font {Font} is not installed; reports fall back to another face or print code points.", missing);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
