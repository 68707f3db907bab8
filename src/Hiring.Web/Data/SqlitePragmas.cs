using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hiring.Web.Data;

/// <summary>
/// Per-connection SQLite settings. WAL lets readers and one writer work at once; synchronous=NORMAL
/// in WAL mode survives a process crash (a power loss may lose the last commits, never corrupt the file),
/// see docs/decisions/0001-sqlite-durability-and-two-providers.md. busy_timeout makes a writer wait instead of failing.
/// Run once per physical connection: the pool hands the same native handle out again and again, and the
/// settings stay with it. secure_delete=ON overwrites deleted and replaced content with zeros, so an erased
/// person's old rows do not linger in free space of the file (see <see cref="Privacy.Erasure"/>, which also checkpoints the WAL).
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";
    private static readonly ConditionalWeakTable<object, object> Applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection, out var handle)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Applied.AddOrUpdate(handle, handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection, out var handle)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Applied.AddOrUpdate(handle, handle);
    }

    private static bool NeedsPragmas(DbConnection connection, out object handle)
    {
        handle = (connection as SqliteConnection)?.Handle ?? (object)connection;
        return !Applied.TryGetValue(handle, out _);
    }
}
