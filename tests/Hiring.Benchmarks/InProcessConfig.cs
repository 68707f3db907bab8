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
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15).WithId("InProcess"));
        // The targets are medians: on a shared machine the mean is dragged by other processes' bursts.
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
