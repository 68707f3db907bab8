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
/// On PostgreSQL a batch is one round trip, and several batches are written at once (the server has row locks, and each
/// commit waits for its own trip); on SQLite one, since the file has a single writer anyway.
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
            var results = Sqlite ? await WriteEachAsync(connection, tx, batch) : await WriteInOneTripAsync(connection, tx, batch);
            await tx.CommitAsync();
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>SQLite: two prepared statements, bound once per save (in-process, a statement costs no round trip).</summary>
    private static async Task<AnswerWritten[]> WriteEachAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<Pending> batch)
    {
        var results = new AnswerWritten[batch.Count];
        await using var touch = Command(connection, tx, TouchSql, 8);
        await using var upsert = Command(connection, tx, UpsertSql, 5);
        for (var i = 0; i < batch.Count; i++)
        {
            var w = batch[i].Write;
            var id = w.AttemptId.ToString().ToUpperInvariant();
            Bind(touch, w.Version + 1, w.LastContactAt, w.DeadlineAt, w.OutageCount, w.OutageSeconds, w.CreditedSeconds, id, w.Version);
            if (await touch.ExecuteNonQueryAsync() != 1) { results[i] = AnswerWritten.AttemptChanged; continue; }
            Bind(upsert, id, w.ItemId, w.Value, w.Seq, w.SavedAt);
            results[i] = await upsert.ExecuteNonQueryAsync() == 1 ? AnswerWritten.Saved : AnswerWritten.Stale;
        }
        return results;
    }

    /// <summary>
    /// PostgreSQL: the whole batch in one round trip (a <see cref="DbBatch"/> of one statement per save, each the
    /// version-checked update and the upsert joined in one statement), where a statement at a time cost two round trips
    /// per save. The statements run in order, so two saves of one attempt in a batch meet as they would one after the other.
    /// </summary>
    private static async Task<AnswerWritten[]> WriteInOneTripAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<Pending> batch)
    {
        await using var trip = connection.CreateBatch();
        trip.Transaction = tx;
        foreach (var pending in batch)
        {
            var w = pending.Write;
            var statement = trip.CreateBatchCommand();
            statement.CommandText = TouchAndUpsertSql;
            foreach (var value in new object[] { w.Version + 1, w.LastContactAt, w.DeadlineAt, w.OutageCount, w.OutageSeconds, w.CreditedSeconds,
                         w.AttemptId, w.Version, w.ItemId, w.Value, w.Seq, w.SavedAt })
            {
                var parameter = statement.CreateParameter();
                parameter.Value = value;
                statement.Parameters.Add(parameter);
            }
            trip.BatchCommands.Add(statement);
        }
        var results = new AnswerWritten[batch.Count];
        await using var reader = await trip.ExecuteReaderAsync();
        for (var i = 0; i < batch.Count; i++)
        {
            if (i > 0) await reader.NextResultAsync();
            await reader.ReadAsync();
            results[i] = reader.GetInt32(0) != 1 ? AnswerWritten.AttemptChanged : reader.GetInt32(1) == 1 ? AnswerWritten.Saved : AnswerWritten.Stale;
        }
        return results;
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

    /// <summary>The two statements above as one, with positional parameters (Npgsql sends them as they are, unparsed): the
    /// answer is written only from the attempt row the update touched, and the row says how many of each were written.</summary>
    private const string TouchAndUpsertSql = """
        WITH touched AS (
            UPDATE "Attempts" SET "Version" = $1, "LastContactAt" = $2, "DeadlineAt" = $3, "OutageCount" = $4, "OutageSeconds" = $5, "CreditedSeconds" = $6
            WHERE "Id" = $7 AND "Version" = $8 AND "SubmittedAt" IS NULL
            RETURNING "Id"),
        saved AS (
            INSERT INTO "AttemptAnswers" ("AttemptId", "ItemId", "Value", "Seq", "SavedAt", "Version") SELECT "Id", $9, $10, $11, $12, 0 FROM touched
            ON CONFLICT ("AttemptId", "ItemId") DO UPDATE
            SET "Value" = excluded."Value", "Seq" = excluded."Seq", "SavedAt" = excluded."SavedAt", "Version" = "AttemptAnswers"."Version" + 1
            WHERE excluded."Seq" > "AttemptAnswers"."Seq"
            RETURNING 1)
        SELECT (SELECT count(*) FROM touched)::int, (SELECT count(*) FROM saved)::int
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
