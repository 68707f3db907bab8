extern alias web;
using Hiring.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using web::Hiring.Web.Data;

namespace Hiring.Benchmarks.Load;

/// <summary>One simulated candidate: a session, an open test, and the last answer the server acknowledged per item.</summary>
public sealed class LoadCandidate(CandidateSession session, TestPage page)
{
    private readonly Dictionary<string, long> _acknowledged = [];
    private long _seq = page.SeqBase;
    private int _actions;

    public async Task DriveAsync(Latencies latencies, bool paced, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (paced) await Task.Delay(Random.Shared.Next(1000, 3000), stop);
                if (paced && ++_actions % 10 == 0)
                {
                    await latencies.TimeAsync("test page load", () => session.GetAsync($"/Candidate/Tests/Take/{page.AttemptId}"));
                    continue;
                }
                await SaveOneAsync(latencies, due: null);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { return; }
            catch (HttpRequestException e) { latencies.Note(e.Message); }
        }
    }

    /// <summary>
    /// Open loop at a fixed rate: a save is due every <paramref name="interval"/> whatever the answers take, and
    /// its latency counts from when it was due (no coordinated omission: a slow server cannot slow the clock).
    /// </summary>
    public async Task PaceAsync(Latencies latencies, TimeSpan interval, CancellationToken stop)
    {
        var due = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(Random.Shared.NextDouble() * interval.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        var step = (long)(interval.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var wait = System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, stop);
                await SaveOneAsync(latencies, due);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { return; }
            catch (HttpRequestException e) { latencies.Note(e.Message); }
            due += step;
        }
    }

    /// <summary>Autosaves a random answer, timed from now or from <paramref name="due"/>, and keeps what was acknowledged.</summary>
    private async Task SaveOneAsync(Latencies latencies, long? due)
    {
        var item = page.Items[Random.Shared.Next(page.Items.Count)];
        var seq = ++_seq;
        var ack = await latencies.TimeAsync("autosave", () => session.SaveAsync(page, item.Id, seq, item.Answer(seq)), due);
        if (ack.Status == "saved") _acknowledged[item.Id] = seq;
        else latencies.Error("autosave not saved: " + ack.Status);
    }

    /// <summary>One answer per item, in page order: a finished test to submit.</summary>
    public async Task AnswerEveryItemAsync(Latencies latencies)
    {
        foreach (var item in page.Items)
        {
            var seq = ++_seq;
            var ack = await latencies.TimeAsync("autosave", () => session.SaveAsync(page, item.Id, seq, item.Answer(seq)));
            if (ack.Status == "saved") _acknowledged[item.Id] = seq;
            else latencies.Error("autosave not saved: " + ack.Status);
        }
    }

    public async Task SubmitAsync(Latencies latencies)
    {
        try { await latencies.TimeAsync("submit", () => session.SubmitAsync(page)); }
        catch (HttpRequestException) { }
    }

    /// <summary>How many acknowledged answers are in the database as acknowledged (lost = missing or older).</summary>
    public static async Task<string> CheckAsync(HiringDbContext db, IReadOnlyList<LoadCandidate> candidates)
    {
        var ids = candidates.Select(c => c.Attempt).ToList();
        var rows = await db.AttemptAnswers.AsNoTracking().Where(a => ids.Contains(a.AttemptId))
            .Select(a => new { a.AttemptId, a.ItemId, a.Seq }).ToListAsync();
        var stored = rows.ToDictionary(r => (r.AttemptId, r.ItemId), r => r.Seq);
        var expected = candidates.SelectMany(c => c._acknowledged.Select(kv => (Key: (c.Attempt, kv.Key), Seq: kv.Value))).ToList();
        var lost = expected.Count(e => !stored.TryGetValue(e.Key, out var seq) || seq < e.Seq);
        var submitted = await db.Attempts.CountAsync(a => ids.Contains(a.Id) && a.SubmittedAt != null);
        return $"Answer rows: {rows.Count} stored, {expected.Count} acknowledged (last per item), {lost} lost; {submitted} of {ids.Count} attempts submitted.";
    }

    private Guid Attempt => page.AttemptId;
}
