using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hiring.E2E.Infrastructure;

/// <summary>
/// The app as a real process on its own loopback port, with a data folder (SQLite database, outbox,
/// CVs) of its own and the demo data on: what a browser, a second node or a crash test talks to.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private Process? _process;
    private readonly List<string> _log = [];
    public int Port { get; } = FreePort();
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string DataFolder { get; }
    public IReadOnlyDictionary<string, string> Settings { get; }

    public AppProcess(IReadOnlyDictionary<string, string>? settings = null, string? dataFolder = null)
    {
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "hiring-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        Settings = settings ?? new Dictionary<string, string>();
    }

    public string Log { get { lock (_log) return string.Join('\n', _log); } }

    /// <summary>CPU time the app process has used so far (user + system): a cost per request that other load on the machine does not inflate much.</summary>
    public TimeSpan CpuTime => _process is { HasExited: false } p ? p.TotalProcessorTime : TimeSpan.Zero;

    /// <summary>Where Hiring.Web.dll is: the build next to the tests, or (benchmarks only) a published folder named by
    /// HIRING_APP_DIR, e.g. the ReadyToRun Server profile.</summary>
    public static string AppFolder =>
        Environment.GetEnvironmentVariable("HIRING_APP_DIR") is { Length: > 0 } published ? published : AppContext.BaseDirectory;

    public async Task StartAsync()
    {
        var dll = Path.Combine(AppFolder, "Hiring.Web.dll");
        var contentRoot = Path.Combine(RepositoryRoot, "src", "Hiring.Web");
        var psi = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl, "--contentRoot", contentRoot])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = contentRoot,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "E2E";
        psi.Environment["HIRING_ROOT"] = RepositoryRoot;
        psi.Environment["Paths__Data"] = DataFolder;
        psi.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(DataFolder, "hiring.db")}";
        psi.Environment["Demo__Enabled"] = "true";
        psi.Environment["Demo__Applicants"] = "40";
        // Tests sign in with the demo logins as soon as the app answers: the demo is made before it listens.
        psi.Environment["Demo__InBackground"] = "false";
        psi.Environment["Jobs__FirstRunDelay"] = "00:00:00";
        psi.Environment["Mail__Host"] = "";
        psi.Environment["Mail__PublicBaseUrl"] = BaseUrl;
        // Plain HTTP on loopback: the production cookie rules (Secure, __Host-) are covered by the in-process tests over HTTPS.
        psi.Environment["Security__HttpsCookies"] = "false";
        foreach (var (k, v) in Settings) psi.Environment[k.Replace(":", "__")] = v;

        _process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the app");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.Add(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited at start-up:\n{Log}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app did not answer within 60 s:\n{Log}");
    }

    /// <summary>Ends the process at once, as a crash or <c>kill -9</c> would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hiring.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find Hiring.sln above " + AppContext.BaseDirectory);
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
