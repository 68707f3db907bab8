using System.Diagnostics;
using Hiring.Documents.Reports;
using Hiring.Documents.Tests;

namespace Hiring.Benchmarks;

/// <summary>
/// The report against warm Chromium on a busy machine: the two print the same report in turns (one
/// Chromium print, then a few Skia reports), so both see the same load, and the ratio is of the medians.
/// </summary>
public static class Turns
{
    public static async Task RunAsync(int turns = 60, int skiaPerTurn = 5)
    {
        var model = SampleReports.Full();
        await using var chromium = await ChromiumPrinter.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await chromium.PrintAsync(model);
            for (var k = 0; k < skiaPerTurn; k++) CandidateReportPdf.Render(model);
        }
        var skia = new List<double>();
        var browser = new List<double>();
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        for (var i = 0; i < turns; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await chromium.PrintAsync(model);
            browser.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            for (var k = 0; k < skiaPerTurn; k++)
            {
                start = Stopwatch.GetTimestamp();
                CandidateReportPdf.Render(model);
                skia.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        Console.WriteLine($"{turns} turns, load {load} → {File.ReadAllText("/proc/loadavg").Split(' ')[0]}: Skia median {Median(skia):0.00} ms " +
            $"({skia.Count} reports), Chromium median {Median(browser):0.00} ms ({browser.Count}), ratio {Median(browser) / Median(skia):0.0}×");
    }
}
