using System.ComponentModel.DataAnnotations;

namespace Hiring.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>The <c>Database</c> section of appsettings.json.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded default) or Postgres (scale-out).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite a relative <c>Data Source</c> is resolved against the app root.</summary>
    [Required(ErrorMessage = "Database:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/hiring.db";

    /// <summary>Apply pending migrations when the app starts (otherwise run <c>dotnet run --project src/Hiring.Web -- migrate</c>).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
