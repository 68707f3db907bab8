using System.Diagnostics;
using Hiring.E2E.Infrastructure;

namespace Hiring.Benchmarks;

/// <summary>
/// Start-up (issue 19, docs/benchmarks.md): the built app as a process in Development, timed from its start to the first
/// successful <c>GET /</c>, on a fresh data folder (migrations, roles, seed, mail templates, the full demo) and then again on
/// the same folder (a restart with data). Prints the wall time, the CPU time the app had used by then (which other load on
/// the machine inflates far less) and the app's own phase line ("Database ready: …").
/// </summary>
public static class StartupRun
{
    public static async Task RunAsync(string[] args)
    {
        var rounds = int.TryParse(args.ElementAtOrDefault(1), out var n) ? n : 3;
        // The app as built (next to this tool), or a published folder (e.g. ReadyToRun: docs/benchmarks.md), named here or
        // by HIRING_APP_DIR as for the load runs.
        var app = Path.GetFullPath(args.ElementAtOrDefault(2) ?? AppProcess.AppFolder);
        Console.WriteLine($"{Environment.ProcessorCount} cores; {app}; each round: a fresh data folder, then a restart on it");
        for (var round = 1; round <= rounds; round++)
        {
            var data = Path.Combine(Path.GetTempPath(), "hiring-startup", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(data);
            try
            {
                await TimeAsync($"round {round}, fresh  ", app, data);
                await TimeAsync($"round {round}, restart", app, data);
            }
            finally
            {
                try { Directory.Delete(data, recursive: true); } catch (IOException) { }
            }
        }
    }

    private static async Task TimeAsync(string name, string appFolder, string data)
    {
        var load = LoadAverage();
        var port = AppProcess.FreePort();
        var contentRoot = Path.Combine(AppProcess.RepositoryRoot, "src", "Hiring.Web");
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(appFolder, "Hiring.Web.dll"), "--contentRoot", contentRoot])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = contentRoot,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        psi.Environment["HIRING_ROOT"] = AppProcess.RepositoryRoot;
        psi.Environment["Paths__Data"] = data;
        psi.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(data, "hiring.db")}";
        psi.Environment["Mail__Host"] = "";

        var phases = "";
        var listening = "";
        var demoReady = new TaskCompletionSource<(TimeSpan Wall, TimeSpan Cpu)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = Stopwatch.StartNew();
        using var app = Process.Start(psi) ?? throw new InvalidOperationException("could not start the app");
        app.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Database ready") == true) phases = e.Data.Trim();
            if (e.Data?.Contains("after the process started") == true) listening = e.Data.Trim();
            // The demo logins are printed once the demo (made after the app listens) can be used.
            if (e.Data?.Contains("Demo logins") == true) demoReady.TrySetResult((watch.Elapsed, CpuOf(app)));
        };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            while (true)
            {
                if (app.HasExited) throw new InvalidOperationException($"The app exited at start-up (code {app.ExitCode})");
                try
                {
                    if ((await http.GetAsync($"http://127.0.0.1:{port}/")).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(25);
            }
            var wall = watch.Elapsed;
            var cpu = app.TotalProcessorTime;
            Console.WriteLine($"{name}: first page {wall.TotalMilliseconds,6:0} ms, app CPU {cpu.TotalMilliseconds,6:0} ms, load average {load} → {LoadAverage()}");
            Console.WriteLine($"    {phases}");
            Console.WriteLine($"    {listening}");
            // Waited for before the app is stopped, so the restart round finds the demo made.
            var demo = await demoReady.Task.WaitAsync(TimeSpan.FromMinutes(3));
            Console.WriteLine($"    demo logins printed (demo ready) at {demo.Wall.TotalMilliseconds:0} ms, app CPU {demo.Cpu.TotalMilliseconds:0} ms");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static TimeSpan CpuOf(Process app)
    {
        try { return app.TotalProcessorTime; }
        catch (InvalidOperationException) { return TimeSpan.Zero; }
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
