using Hiring.Documents.Reports;
using Hiring.Documents.Tests;

namespace Hiring.Benchmarks;

/// <summary>Writes both PDFs of the sample report to a folder and prints their sizes.</summary>
public static class Sizes
{
    public static async Task RunAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var model = SampleReports.Full();
        var skia = CandidateReportPdf.Render(model);
        await using var chromium = await ChromiumPrinter.StartAsync();
        var html = await chromium.PrintAsync(model);
        await File.WriteAllBytesAsync(Path.Combine(folder, "report-skia.pdf"), skia);
        await File.WriteAllBytesAsync(Path.Combine(folder, "report-chromium.pdf"), html);
        Console.WriteLine($"Skia:     {skia.Length,9:N0} bytes ({skia.Length / 1024.0:0.0} KiB)");
        Console.WriteLine($"Chromium: {html.Length,9:N0} bytes ({html.Length / 1024.0:0.0} KiB)");
        Console.WriteLine($"Written to {Path.GetFullPath(folder)}");
    }
}
