using System.Threading.Channels;

namespace Hiring.Web.Assessments;

/// <summary>
/// Group commit for submissions. A drive's tests end at one deadline, so hundreds of candidates submit in the same
/// second; each submission on its own is a dozen queries and two write transactions, and on SQLite they queue on
/// the file lock with requests' threads blocked meanwhile. Here the submissions that arrive while a batch is being
/// scored wait in a queue and are scored together in the next one (<see cref="CandidateSubmission.SubmitAllAsync"/>:
/// the same queries for a batch as for one). The request waits for its batch to commit, so the result page it is sent
/// to shows the score, and a submission is never acknowledged before it is stored. A batch that fails is retried one
/// submission per transaction, each with the usual retries, so one raced attempt cannot fail its neighbours.
/// Nothing is scored twice: every write is checked against the attempt's version as read.
/// </summary>
public sealed class SubmitWriter(IServiceScopeFactory scopes, ILogger<SubmitWriter> log) : BackgroundService
{
    private const int MaxBatch = 100;

    private sealed record Pending(SubmitRequest Request, TaskCompletionSource<SubmitOutcome> Done);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();

    public Task<SubmitOutcome> SubmitAsync(SubmitRequest request)
    {
        var pending = new Pending(request, new TaskCompletionSource<SubmitOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException("The app is stopping: submissions are no longer accepted.");
        return pending.Done.Task;
    }

    // Not cancelled by `stopping`: submissions already queued are stored before the app stops.
    protected override Task ExecuteAsync(CancellationToken stopping) => Task.Run(WriteQueuedAsync, CancellationToken.None);

    private async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcomes = await scope.ServiceProvider.GetRequiredService<CandidateSubmission>().SubmitAllAsync([.. batch.Select(p => p.Request)]);
                for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(outcomes[i]);
            }
            catch (Exception e)
            {
                log.LogInformation(e, "A batch of {Count} submissions failed; storing them one by one", batch.Count);
                foreach (var one in batch) await WriteOneAsync(one);
            }
            batch.Clear();
        }
    }

    private async Task WriteOneAsync(Pending one)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            one.Done.TrySetResult(await scope.ServiceProvider.GetRequiredService<CandidateSubmission>().SubmitAsync(one.Request));
        }
        catch (Exception e) { one.Done.TrySetException(e); }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }
}
