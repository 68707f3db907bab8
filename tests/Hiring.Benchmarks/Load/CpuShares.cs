using System.Diagnostics;

namespace Hiring.Benchmarks.Load;

/// <summary>
/// Where a phase's CPU went: the app, this load client, and PostgreSQL's own processes (its backends, WAL writer and
/// checkpointer, read from /proc as every process named "postgres"), each per request served.
/// </summary>
public sealed class CpuShares(Func<TimeSpan> app, bool postgres)
{
    private readonly TimeSpan _app = app();
    private readonly TimeSpan _client = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan _postgres = postgres ? Postgres() : TimeSpan.Zero;

    public string PerRequest(int requests)
    {
        double Per(TimeSpan spent) => spent.TotalMilliseconds / Math.Max(1, requests);
        var line = $"CPU per request: app {Per(app() - _app):F2} ms, load client {Per(Process.GetCurrentProcess().TotalProcessorTime - _client):F2} ms";
        return postgres ? line + $", PostgreSQL's processes {Per(Postgres() - _postgres):F2} ms" : line;
    }

    /// <summary>User and system time of every process named "postgres" now alive (utime and stime are fields 14 and 15 of
    /// /proc/PID/stat, in clock ticks of 10 ms on Linux). A backend that ended during the phase takes its time with it.</summary>
    private static TimeSpan Postgres()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).EndsWith("(postgres")) continue;
                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        }
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
