using BenchmarkDotNet.Attributes;
using Hiring.Documents.Reports;
using Hiring.Documents.Tests;

namespace Hiring.Benchmarks;

/// <summary>One four-page candidate report: the Skia layer against a warm Chromium printing the same report.</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class ReportBenchmarks
{
    private readonly CandidateReportModel model = SampleReports.Full();
    private ChromiumPrinter chromium = null!;

    [GlobalSetup]
    public void Setup()
    {
        chromium = ChromiumPrinter.StartAsync().GetAwaiter().GetResult();
        chromium.PrintAsync(model).GetAwaiter().GetResult(); // warm: fonts loaded, page laid out once
        CandidateReportPdf.Render(model);
    }

    [GlobalCleanup]
    public void Cleanup() => chromium.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "Skia + subset fonts")]
    public byte[] SkiaReport() => CandidateReportPdf.Render(model);

    [Benchmark(Description = "Chromium PdfAsync (warm)")]
    public byte[] ChromiumReport() => chromium.PrintAsync(model).GetAwaiter().GetResult();
}

/// <summary>1,000 different reports in a row: time per report and allocation per report across a batch.</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class BatchBenchmarks
{
    private const int Reports = 1000;
    private readonly CandidateReportModel[] models = Enumerable.Range(0, Reports).Select(i => SampleReports.Full(i)).ToArray();

    [Benchmark(OperationsPerInvoke = Reports, Description = "1,000 reports (per report)")]
    public long Batch()
    {
        long bytes = 0;
        foreach (var model in models) bytes += CandidateReportPdf.Render(model).Length;
        return bytes;
    }
}
