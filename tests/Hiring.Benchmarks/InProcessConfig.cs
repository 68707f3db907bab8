using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Hiring.Benchmarks;

/// <summary>
/// In-process: no generated project to rebuild (Chromium's Playwright driver and the native Skia and
/// HarfBuzz libraries are already next to this assembly). Few iterations: the machine is shared.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
    {
        // In-process runs stop after 5 minutes by default: 1,000 reports × 20 iterations on a busy machine take longer.
        AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithWarmupCount(3).WithIterationCount(15).WithId("InProcess"));
        // The targets are medians: on a shared machine the mean is dragged by other processes' bursts.
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
