using System.Diagnostics;
using Hiring.Documents.Layout;
using Hiring.Documents.Reports;
using Hiring.Documents.Tests;

namespace Hiring.Benchmarks;

/// <summary>Where one report's time goes: building the element tree, layout, and subsetting + drawing.</summary>
public static class Phases
{
    public static void Run(int rounds = 200)
    {
        var model = SampleReports.Full();
        for (var i = 0; i < 20; i++) CandidateReportPdf.Render(model);
        var build = new List<double>(); var layout = new List<double>(); var write = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var document = CandidateReportPdf.Build(model);
            var t1 = Stopwatch.GetTimestamp();
            var pages = document.Paginate();
            var t2 = Stopwatch.GetTimestamp();
            document.ToPdf();
            var t3 = Stopwatch.GetTimestamp();
            build.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
            layout.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
            write.Add(Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds - Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
        }
        static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        Console.WriteLine($"median over {rounds}: build {Median(build):0.00} ms, layout {Median(layout):0.00} ms, subset+draw {Median(write):0.00} ms");
    }
}
