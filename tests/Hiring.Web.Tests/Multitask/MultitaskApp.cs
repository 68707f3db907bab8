using Hiring.Web.Data;
using Hiring.Web.Tests.Assessments;

namespace Hiring.Web.Tests.Multitask;

/// <summary>The attempt app (moving clock) on the real seed/ banks, which hold the four simulations.</summary>
public abstract class MultitaskApp : AttemptApp
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings.Remove("Seeding:Path");
            return settings;
        }
    }
}

public class SqliteMultitaskApp : MultitaskApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresMultitaskApp : MultitaskApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
