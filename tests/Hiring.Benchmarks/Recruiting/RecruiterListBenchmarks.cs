extern alias web;
using BenchmarkDotNet.Attributes;
using Hiring.Core.Recruiting;
using web::Hiring.Web.Data;
using web::Hiring.Web.Pages.Recruiting.Applications;
using web::Hiring.Web.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Benchmarks.Recruiting;

/// <summary>
/// The recruiter list's two queries (count + one page of 50) over 100,000 applications, exactly as
/// /Recruiting/Applications runs them. Run: dotnet run -c Release --project tests/Hiring.Benchmarks -- --filter '*RecruiterList*'
/// (add HIRING_BENCH_PG=... for PostgreSQL). Figures in docs/benchmarks-recruiting.md.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RecruiterListBenchmarks
{
    [ParamsSource(nameof(Providers))] public string Provider { get; set; } = "Sqlite";

    public static IEnumerable<string> Providers() =>
        Environment.GetEnvironmentVariable("HIRING_BENCH_PG") is null ? ["Sqlite"] : ["Sqlite", "Postgres"];

    private HiringDbContext _db = null!;
    private int _postId;

    [GlobalSetup]
    public void Setup()
    {
        RecruitingBenchData.EnsureAsync(Provider).GetAwaiter().GetResult();
        _db = RecruitingBenchData.Open(Provider);
        _postId = _db.Posts.OrderBy(p => p.Id).Select(p => p.Id).First();
        foreach (var (name, filter) in Scenarios())
            Console.WriteLine($"// plan {Provider} {name}:\n{filter.Sorted(filter.Apply(_db.Applications.AsNoTracking())).Take(50).ToQueryString()}");
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Description = "all posts, Tested, score >= 60, by score")]
    public Task<int> AcrossPosts() => RunAsync(Scenarios()[0].Filter);

    [Benchmark(Description = "one post, Tested, score >= 60, by score")]
    public Task<int> OnePost() => RunAsync(Scenarios()[1].Filter);

    [Benchmark(Description = "all posts, shift 'early' + knock-out=false, newest first")]
    public Task<int> ScreeningFilter() => RunAsync(Scenarios()[2].Filter);

    private List<(string Name, ApplicationFilter Filter)> Scenarios() =>
    [
        ("across", new ApplicationFilter { Stage = Stage.Tested, MinScore = 60, Sort = ApplicationSort.ScoreDesc, PageNumber = 3 }),
        ("one-post", new ApplicationFilter { PostId = _postId, Stage = Stage.Tested, MinScore = 60, Sort = ApplicationSort.ScoreDesc }),
        ("screening", new ApplicationFilter { Shift = "early", KnockedOut = false, Sort = ApplicationSort.NewestFirst }),
    ];

    private async Task<int> RunAsync(ApplicationFilter filter)
    {
        var query = filter.Apply(_db.Applications.AsNoTracking());
        var total = await query.CountAsync();
        var rows = await ApplicationRows.Project(filter.PageOf(filter.Sorted(query))).ToListAsync();
        return total + rows.Count;
    }
}
