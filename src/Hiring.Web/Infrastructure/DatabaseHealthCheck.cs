using Hiring.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hiring.Web.Infrastructure;

/// <summary>/health answers Healthy only when the database answers a query.</summary>
public sealed class DatabaseHealthCheck(HiringDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} reachable")
                : HealthCheckResult.Unhealthy("database not reachable");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("database check failed", ex);
        }
    }
}
