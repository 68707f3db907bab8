using Hiring.Web.Data;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Hiring.Web.Tests.Assessments;

/// <summary>
/// The app on the fixture bank with a clock the tests move (<see cref="Clock"/>): deadlines, grace and
/// the sweep are tested without sleeping. The background sweep's own timer is set to an hour so that
/// tests call <c>SweepOnceAsync</c> themselves and nothing runs behind their back.
/// </summary>
public abstract class AttemptApp : HiringApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    private readonly string _bank = FixtureBank.Write();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Path"] = _bank,
        ["Assessments:GraceSeconds"] = "30",
        ["Assessments:SweepSeconds"] = "3600",
        ["Demo:Applicants"] = "12",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
    }
}

public class SqliteAttemptApp : AttemptApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresAttemptApp : AttemptApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
