using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hiring.Web.Data.Providers;

/// <summary>SQLite flavour of <see cref="HiringDbContext"/>; its migrations live in Data/Migrations/Sqlite.</summary>
public class SqliteHiringDbContext(DbContextOptions<SqliteHiringDbContext> options) : HiringDbContext(options);

/// <summary>PostgreSQL flavour of <see cref="HiringDbContext"/>; its migrations live in Data/Migrations/Postgres.</summary>
public class PostgresHiringDbContext(DbContextOptions<PostgresHiringDbContext> options) : HiringDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // A trigram index lets the search box's substring match (LIKE '%…%' on the search key) use an index.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Domain.Application>().HasIndex(a => a.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

// Design-time factories let `dotnet ef migrations add` build each flavour without starting the app.
public class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHiringDbContext>
{
    public SqliteHiringDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHiringDbContext>().UseSqlite("Data Source=design.db").Options);
}

public class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHiringDbContext>
{
    public PostgresHiringDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHiringDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
