using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hiring.E2E.Infrastructure;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.E2E.Resilience;

/// <summary>
/// kill -9 in the middle of a stream of autosaves, then start again on the same database: every save
/// the server acknowledged is there, once, and the clock kept running while the server was down.
/// </summary>
public abstract class AutosaveCrashTests
{
    protected abstract DatabaseProvider Provider { get; }
    private const int Streams = 4;

    [Fact]
    public async Task Acknowledged_answers_survive_a_kill_and_the_deadline_kept_running()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        await using var first = new AppProcess(db.AppSettings(), db.DataFolder);
        await first.StartAsync();
        using var candidate = new CandidateSession(first.BaseUrl);
        await candidate.LogInAsync("candidate@demo.hiring.local");
        var page = await candidate.StartTestAsync();
        var sinceStart = Stopwatch.StartNew();
        Assert.True(page.Items.Count >= Streams, $"the test has {page.Items.Count} answerable items");

        var acknowledged = new ConcurrentBag<SaveAck>();
        var seq = page.SeqBase;
        // Each stream owns some items, so per item the acknowledgements arrive in sequence order.
        var streams = Enumerable.Range(0, Streams).Select(k => Task.Run(async () =>
        {
            var mine = page.Items.Where((_, i) => i % Streams == k).ToList();
            for (var n = 0; ; n++)
            {
                var item = mine[n % mine.Count];
                var s = Interlocked.Increment(ref seq);
                try
                {
                    var ack = await candidate.SaveAsync(page, item.Id, s, item.Answer(s));
                    if (ack.Status == "saved") acknowledged.Add(ack);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException) { return; }
            }
        })).ToList();
        var waiting = Stopwatch.StartNew();
        while (acknowledged.Count < 150 && waiting.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(5);
        await first.KillAsync();
        var down = Stopwatch.StartNew();
        await Task.WhenAll(streams);
        Assert.True(acknowledged.Count >= 150, $"only {acknowledged.Count} saves were acknowledged before the kill");

        await using var second = new AppProcess(db.AppSettings(), db.DataFolder);
        await second.StartAsync();
        candidate.BaseUrl = second.BaseUrl;
        var resumed = await candidate.OpenTestAsync(page.AttemptId);

        // The deadline is fixed: the time the server was down was spent, as on the candidate's own clock.
        Assert.True(down.Elapsed > TimeSpan.FromSeconds(1));
        Assert.InRange(resumed.RemainingSeconds, page.RemainingSeconds - sinceStart.Elapsed.TotalSeconds - 3, page.RemainingSeconds - sinceStart.Elapsed.TotalSeconds + 3);
        Assert.Equal(page.Items.Select(i => i.Id), resumed.Items.Select(i => i.Id));

        var rows = await db.WithAsync(c => c.AttemptAnswers.AsNoTracking().Where(a => a.AttemptId == page.AttemptId)
            .Select(a => new { a.ItemId, a.Seq, a.Value }).ToListAsync());
        Assert.Equal(rows.Count, rows.Select(r => r.ItemId).Distinct().Count());
        foreach (var last in acknowledged.GroupBy(a => a.ItemId).Select(g => g.MaxBy(a => a.Seq)!))
        {
            var row = Assert.Single(rows, r => r.ItemId == last.ItemId);
            // A save in flight at the kill may have committed after the last acknowledged one: never an older one.
            Assert.True(row.Seq >= last.Seq, $"item {last.ItemId}: stored seq {row.Seq} < acknowledged {last.Seq}");
            if (row.Seq == last.Seq) Assert.True(JsonNode.DeepEquals(JsonNode.Parse(last.Value), JsonNode.Parse(row.Value)), $"{last.Value} != {row.Value}");
        }
        Assert.True(resumed.SeqBase >= acknowledged.Max(a => a.Seq));
    }
}

public sealed class AutosaveCrashOnSqliteTests : AutosaveCrashTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class AutosaveCrashOnPostgresTests : AutosaveCrashTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
