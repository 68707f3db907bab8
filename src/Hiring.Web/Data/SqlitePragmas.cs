using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hiring.Web.Data;

/// <summary>
/// Per-connection SQLite settings. WAL lets readers and one writer work at once; synchronous=NORMAL
/// in WAL mode survives a process crash (a power loss may lose the last commits, never corrupt the file),
/// see docs/decisions/0001-sqlite-durability.md. busy_timeout makes a writer wait instead of failing.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
