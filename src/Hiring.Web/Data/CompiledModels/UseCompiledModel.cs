using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Data;

public static partial class DatabaseRegistration
{
    static partial void UseCompiledModel(DbContextOptionsBuilder db, DatabaseProvider provider) =>
        db.UseModel(provider == DatabaseProvider.Postgres
            ? CompiledModels.Postgres.PostgresHiringDbContextModel.Instance
            : CompiledModels.Sqlite.SqliteHiringDbContextModel.Instance);
}
