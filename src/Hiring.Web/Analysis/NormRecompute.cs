using System.Text.Json;
using Hiring.Core.Analysis;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Analysis;

/// <summary>
/// Recomputes the norm tables from every scored attempt into <see cref="NormRow"/>s, hourly (Analysis:NormMinutes); reports and
/// the staff test pages place candidates on them (<see cref="Assessments.NormGroups"/>).
/// One unit of work per pass, in one transaction: every row is replaced, so two app instances running it at once
/// write the same numbers and the loser's unique-index conflict is simply skipped.
/// </summary>
public sealed class NormRecompute(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<NormRecompute> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = Math.Max(1, configuration.GetValue("Analysis:NormMinutes", 60));
        // The first pass waits a minute, so start-up (migrations, seeding, the demo cohort) has finished.
        await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), clock);
        do
        {
            try { await RecomputeOnceAsync(stoppingToken); }
            catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogError(ex, "Norm tables not recomputed; the next pass will try again"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Replaces every stored norm table; returns how many there are.</summary>
    public async Task<int> RecomputeOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var tables = NormTables.ByGroup(await scope.ServiceProvider.GetRequiredService<AnalysisQueries>().ScoredAsync(ct), NormTables.StoredPercentiles);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.NormRows.ExecuteDeleteAsync(ct);
        db.NormRows.AddRange(tables.Select(t => new NormRow
        {
            Kind = t.Test, PostType = t.Post, Language = t.Language, Size = t.Attempts, ComputedAt = now,
            Bands = JsonSerializer.Serialize(NormTables.Rounded(t.Bands), JsonSerializerOptions.Web),
        }));
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            logger.LogInformation("Another instance recomputed the norm tables at the same moment");
        }
        return tables.Count;
    }
}
