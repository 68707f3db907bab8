using System.Data.Common;
using System.Threading.Channels;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>One answer to write: the attempt's new contact fields, checked against the version it was read at.</summary>
public sealed record AnswerWrite(Guid AttemptId, int Version, DateTime LastContactAt, DateTime DeadlineAt, int OutageCount,
    int OutageSeconds, int CreditedSeconds, string ItemId, string Value, long Seq, DateTime SavedAt);

/// <summary>What became of a write: the attempt had moved on (read again and retry), or the answer was saved or was older news.</summary>
public enum AnswerWritten { AttemptChanged, Saved, Stale }

/// <summary>
/// Group commit for autosaves. Saves that arrive while a transaction is committing wait in a queue and are
/// written together in the next one, with two prepared statements bound once per save: the attempt's
/// version-checked update, then an upsert that keeps the higher sequence number. A save is acknowledged only
/// after its transaction has committed, so an acknowledged answer survives a crash. One writer per node also
/// means SQLite writers never queue on the file lock (whose busy handler sleeps for milliseconds at a time).
/// A batch that fails is retried one save per transaction, so one bad save cannot fail its neighbours.
/// On PostgreSQL several batches are written at once (each statement is a network round trip, and the
/// server has row locks); on SQLite one, since the file has a single writer anyway.
/// </summary>
public sealed class AnswerWriter(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, ILogger<AnswerWriter> log) : BackgroundService
{
    private const int MaxBatch = 200;

    private sealed record Pending(AnswerWrite Write, TaskCompletionSource<AnswerWritten> Done);

    private const int PostgresWriters = 4;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();

    public Task<AnswerWritten> WriteAsync(AnswerWrite write)
    {
        var pending = new Pending(write, new TaskCompletionSource<AnswerWritten>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException("The app is stopping: answers are no longer accepted.");
        return pending.Done.Task;
    }

    private bool Sqlite => database.Value.Provider == DatabaseProvider.Sqlite;

    // The writers are not cancelled by `stopping`: saves already queued are written before the app stops.
    protected override Task ExecuteAsync(CancellationToken stopping) =>
        Task.WhenAll(Enumerable.Range(0, Sqlite ? 1 : PostgresWriters).Select(_ => Task.Run(WriteQueuedAsync, CancellationToken.None)));

    private async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
            try { await WriteBatchAsync(batch); }
            catch (Exception e) when (batch.Count > 1)
            {
                log.LogWarning(e, "A batch of {Count} autosaves failed; writing them one by one", batch.Count);
                foreach (var one in batch) await WriteOneAsync(one);
            }
            catch (Exception e) { batch[0].Done.TrySetException(e); }
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteOneAsync(Pending one)
    {
        try { await WriteBatchAsync([one]); }
        catch (Exception e) { one.Done.TrySetException(e); }
    }

    private async Task WriteBatchAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var tx = await connection.BeginTransactionAsync();
            var results = new AnswerWritten[batch.Count];
            await using (var touch = Command(connection, tx, TouchSql, 8))
            await using (var upsert = Command(connection, tx, UpsertSql, 5))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var w = batch[i].Write;
                    var id = Sqlite ? w.AttemptId.ToString().ToUpperInvariant() : (object)w.AttemptId;
                    Bind(touch, w.Version + 1, w.LastContactAt, w.DeadlineAt, w.OutageCount, w.OutageSeconds, w.CreditedSeconds, id, w.Version);
                    if (await touch.ExecuteNonQueryAsync() != 1) { results[i] = AnswerWritten.AttemptChanged; continue; }
                    Bind(upsert, id, w.ItemId, w.Value, w.Seq, w.SavedAt);
                    results[i] = await upsert.ExecuteNonQueryAsync() == 1 ? AnswerWritten.Saved : AnswerWritten.Stale;
                }
            }
            await tx.CommitAsync();
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private const string TouchSql = """
        UPDATE "Attempts" SET "Version" = @p0, "LastContactAt" = @p1, "DeadlineAt" = @p2, "OutageCount" = @p3, "OutageSeconds" = @p4, "CreditedSeconds" = @p5
        WHERE "Id" = @p6 AND "Version" = @p7 AND "SubmittedAt" IS NULL
        """;

    private const string UpsertSql = """
        INSERT INTO "AttemptAnswers" ("AttemptId", "ItemId", "Value", "Seq", "SavedAt", "Version") VALUES (@p0, @p1, @p2, @p3, @p4, 0)
        ON CONFLICT ("AttemptId", "ItemId") DO UPDATE
        SET "Value" = excluded."Value", "Seq" = excluded."Seq", "SavedAt" = excluded."SavedAt", "Version" = "AttemptAnswers"."Version" + 1
        WHERE excluded."Seq" > "AttemptAnswers"."Seq"
        """;

    private static DbCommand Command(DbConnection connection, DbTransaction tx, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        for (var i = 0; i < parameters; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
        }
        return command;
    }

    private static void Bind(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    }
}
