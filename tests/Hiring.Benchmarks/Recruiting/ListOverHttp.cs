using Hiring.Benchmarks.Load;
using Hiring.E2E.Infrastructure;

namespace Hiring.Benchmarks.Recruiting;

/// <summary>
/// The recruiter list over 100,000 applications, through the page (docs/benchmarks-recruiting.md): the app as a real
/// process on a copy of <see cref="RecruitingBenchData"/>'s SQLite file, one signed-in recruiter asking for list pages one
/// after another, as a person does: paging, a stage and score range, the search box (name, e-mail, reference) with and
/// without a post, and the optional columns. Each address is asked for <see cref="Rounds"/> times after one warm-up.
/// </summary>
public static class ListOverHttp
{
    private const int Rounds = 60;

    public static async Task RunAsync()
    {
        await RecruitingBenchData.EnsureAsync("Sqlite");
        var data = Path.Combine(Path.GetTempPath(), "hiring-list-http", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var file = Path.Combine(data, "hiring.db");
        File.Copy(RecruitingBenchData.SqlitePath, file); // the demo logins the app adds stay out of the shared file
        try
        {
            await using var app = new AppProcess(new Dictionary<string, string>
            {
                ["Database:Provider"] = "Sqlite", ["Database:ConnectionString"] = $"Data Source={file}", ["Demo:Applicants"] = "1",
                ["RateLimits:LogInPerMinute"] = "100000", ["Logging:LogLevel:Default"] = "Warning",
            }, data);
            await app.StartAsync();
            using var recruiter = new CandidateSession(app.BaseUrl);
            await recruiter.LogInAsync("recruiter@demo.hiring.local");
            Console.WriteLine($"100,000 applications (SQLite), app on {app.BaseUrl}, {Environment.ProcessorCount} cores shared with the client, "
                + $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

            var latencies = new Latencies();
            foreach (var (name, url) in Addresses)
            {
                await recruiter.GetAsync(url(1));
                for (var i = 0; i < Rounds; i++)
                    await latencies.TimeAsync(name, () => recruiter.GetAsync(url(i % 20 + 1)));
            }
            latencies.Print($"One recruiter, {Rounds} requests per address, one after another");
            Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>What a recruiter asks for, by page number.</summary>
    private static readonly (string Name, Func<int, string> Url)[] Addresses =
    [
        ("all, by score, paging", p => $"/Recruiting/Applications?PageNumber={p}"),
        ("stage Tested, score ≥ 60", p => $"/Recruiting/Applications?Stage=Tested&MinScore=60&PageNumber={p}"),
        ("one post, newest first", p => $"/Recruiting/Applications?PostId={p}&Sort=NewestFirst"),
        ("search a name, by score", p => $"/Recruiting/Applications?Q=Bench+{4200 + p}"),
        ("search an e-mail", p => $"/Recruiting/Applications?Q=bench{31000 + p}%40example.com"),
        ("search a reference", p => $"/Recruiting/Applications?Q=APP-{p:X8}"),
        ("one post + search", p => $"/Recruiting/Applications?PostId={p}&Q=Bench+7"),
        ("extra columns (flags, SJT)", p => $"/Recruiting/Applications?Stage=Tested&Cols=flags&Cols=Sjt&PageNumber={p}"),
    ];
}
