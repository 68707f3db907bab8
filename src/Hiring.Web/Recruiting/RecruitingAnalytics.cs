using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Recruiting;

public sealed record FunnelStep(Stage Stage, int Reached);
public sealed record PostFunnel(int PostId, string Title, int Applications, IReadOnlyList<FunnelStep> Steps, IReadOnlyDictionary<Stage, int> Now);
public sealed record Analytics(IReadOnlyList<PostFunnel> Funnels, IReadOnlyDictionary<Stage, double> MedianDaysInStage,
    double? MedianDaysToShortlist, IReadOnlyList<(string Source, int Count)> Sources);

/// <summary>
/// The recruiter dashboard's figures. The funnel counts applications that ever reached each stage
/// (from the stage history), so a rejected applicant still counts at the stages they passed.
/// </summary>
public sealed class RecruitingAnalytics(HiringDbContext db)
{
    public static readonly Stage[] FunnelStages = [Stage.Applied, Stage.Testing, Stage.Tested, Stage.Shortlisted, Stage.Interview, Stage.Offer, Stage.Hired];

    public async Task<Analytics> ForOpenPostsAsync(CancellationToken ct = default)
    {
        var posts = await db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Open).OrderBy(p => p.Title)
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        var ids = posts.Select(p => p.Id).ToList();
        var apps = db.Applications.AsNoTracking().Where(a => ids.Contains(a.PostId));
        var now = await apps.GroupBy(a => new { a.PostId, a.Stage }).Select(g => new { g.Key.PostId, g.Key.Stage, N = g.Count() }).ToListAsync(ct);
        var reached = await db.StageChanges.AsNoTracking()
            .Join(apps, h => h.ApplicationId, a => a.Id, (h, a) => new { a.PostId, h.To, h.ApplicationId }).Distinct()
            .GroupBy(x => new { x.PostId, x.To }).Select(g => new { g.Key.PostId, g.Key.To, N = g.Count() }).ToListAsync(ct);

        var funnels = posts.Select(p =>
        {
            var total = now.Where(n => n.PostId == p.Id).Sum(n => n.N);
            var steps = FunnelStages.Select(s => new FunnelStep(s, s == Stage.Applied ? total
                : reached.Where(r => r.PostId == p.Id && r.To == s).Sum(r => r.N))).ToList();
            return new PostFunnel(p.Id, p.Title, total, steps, now.Where(n => n.PostId == p.Id).ToDictionary(n => n.Stage, n => n.N));
        }).ToList();

        var paths = await PathsAsync(apps, ct);
        var sources = await apps.GroupBy(a => a.Source).Select(g => new { g.Key, N = g.Count() }).OrderByDescending(x => x.N).ToListAsync(ct);
        return new Analytics(funnels, PipelineStats.MedianDaysInStage(paths), PipelineStats.MedianDaysToShortlist(paths),
            [.. sources.Select(s => (s.Key, s.N))]);
    }

    private async Task<List<ApplicationPath>> PathsAsync(IQueryable<Application> apps, CancellationToken ct)
    {
        var applied = await apps.Select(a => new { a.Id, a.AppliedAt }).ToDictionaryAsync(a => a.Id, a => a.AppliedAt, ct);
        var moves = await db.StageChanges.AsNoTracking().Join(apps, h => h.ApplicationId, a => a.Id, (h, a) => h)
            .Select(h => new { h.ApplicationId, h.From, h.To, h.At }).ToListAsync(ct);
        var byApp = moves.ToLookup(m => m.ApplicationId);
        return [.. applied.Select(a => new ApplicationPath(a.Value, [.. byApp[a.Key].Select(m => new StageMove(m.From, m.To, m.At))]))];
    }
}
