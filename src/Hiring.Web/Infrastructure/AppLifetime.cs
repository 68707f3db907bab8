using System.Diagnostics;

namespace Hiring.Web.Infrastructure;

/// <summary>The app's start as background work and the start-up log see it.</summary>
public static class AppLifetime
{
    /// <summary>Completes once the app listens (at once if it already does); cancelled with <paramref name="ct"/>.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (ct.Register(() => started.TrySetCanceled(ct)))
            await started.Task;
    }

    /// <summary>Wall time and CPU time (all threads) since this process started.</summary>
    public static (TimeSpan Wall, TimeSpan Cpu) SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime, process.TotalProcessorTime);
    }
}
