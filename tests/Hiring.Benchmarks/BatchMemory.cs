using System.Diagnostics;
using Hiring.Documents.Reports;
using Hiring.Documents.Tests;

namespace Hiring.Benchmarks;

/// <summary>
/// Renders 1,000 different reports in a row and prints managed heap and working set every 100
/// reports: memory must stay flat (nothing cached per document, native objects disposed).
/// </summary>
public static class BatchMemory
{
    public static void Run(int reports = 1000)
    {
        var process = Process.GetCurrentProcess();
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        Console.WriteLine("| reports | managed heap (MiB) | working set (MiB) | elapsed (s) |");
        Console.WriteLine("|---:|---:|---:|---:|");
        for (var i = 1; i <= reports; i++)
        {
            bytes += CandidateReportPdf.Render(SampleReports.Full(i)).Length;
            if (i == 1 || i % 100 == 0)
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
                process.Refresh();
                Console.WriteLine($"| {i} | {heap:0.0} | {process.WorkingSet64 / 1048576.0:0.0} | {watch.Elapsed.TotalSeconds:0.0} |");
            }
        }
        Console.WriteLine($"{reports} reports, {bytes / reports / 1024.0:0.0} KiB each on average, {watch.Elapsed.TotalMilliseconds / reports:0.00} ms each including the GC samples.");
    }
}
