using Hiring.Web.Tests.Mail;

namespace Hiring.Web.Tests.Privacy;

/// <summary>
/// The clocked app with the attempt sweep's timer at its longest (an hour): moving the fake clock a year
/// fires a periodic timer once per period, and at the default 30 s that alone takes minutes.
/// </summary>
public class YearClockedSqliteApp : ClockedSqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Assessments:SweepSeconds"] = "3600" };
}

public class YearClockedPostgresApp : ClockedPostgresApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Assessments:SweepSeconds"] = "3600" };
}
