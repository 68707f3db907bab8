using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Recruiting;

/// <summary>Which applications the dashboard counts: those received between two days (inclusive), of open posts or of all.</summary>
public sealed record AnalyticsScope(DateTime? From = null, DateTime? To = null, bool ClosedPosts = false)
{
    public IQueryable<Application> Apply(IQueryable<Application> apps)
    {
        if (!ClosedPosts) apps = apps.Where(a => a.Post!.Status == PostStatus.Open);
        if (From is { } from) { var f = Day(from); apps = apps.Where(a => a.AppliedAt >= f); }
        if (To is { } to && to.Date < DateTime.MaxValue.Date) { var t = Day(to).AddDays(1); apps = apps.Where(a => a.AppliedAt < t); }
        return apps;
    }

    private static DateTime Day(DateTime d) => DateTime.SpecifyKind(d.Date, DateTimeKind.Utc);
}

/// <param name="Conversion">Share of the previous step's applications that reached this one; null for the first step or after an empty one.</param>
public sealed record FunnelStep(Stage Stage, int Reached, double? Conversion);
public sealed record PostFunnel(int PostId, string Title, int Applications, IReadOnlyList<FunnelStep> Steps, IReadOnlyDictionary<Stage, int> Now);
public sealed record PostTimes(int PostId, string Title, IReadOnlyDictionary<Stage, double> MedianDaysInStage, double? MedianDaysToShortlist);
/// <summary>What a source's applicants went on to do: tested, passed every test they took, shortlisted, hired.</summary>
public sealed record SourceQuality(string Source, int Applications, int Tested, int Scored, int PassedAll, int Shortlisted, int Hired);
public sealed record PassRate(int PostId, string Title, TestKind Test, int Scored, int Passed)
{
    public double Share => Scored == 0 ? 0 : (double)Passed / Scored;
}
public sealed record Analytics(AnalyticsScope Scope, IReadOnlyList<PostFunnel> Funnels, IReadOnlyDictionary<Stage, double> MedianDaysInStage,
    double? MedianDaysToShortlist, IReadOnlyList<PostTimes> TimesPerPost, IReadOnlyList<SourceQuality> Sources, IReadOnlyList<PassRate> PassRates);

/// <summary>
/// The recruiter dashboard's figures for the applications in a scope. The funnel counts applications that ever reached
/// each stage (from the stage history), so a rejected applicant still counts at the stages they passed.
/// </summary>
public sealed class RecruitingAnalytics(HiringDbContext db)
{
    public static readonly Stage[] FunnelStages = [Stage.Applied, Stage.Testing, Stage.Tested, Stage.Shortlisted, Stage.Interview, Stage.Offer, Stage.Hired];

    public async Task<Analytics> ForAsync(AnalyticsScope scope, CancellationToken ct = default)
    {
        var apps = scope.Apply(db.Applications.AsNoTracking());
        var facts = await apps.Select(a => new AppFact(a.Id, a.PostId, a.Stage, a.Source, a.AppliedAt,
            a.Attempts.Any(t => t.Passed != null), !a.Attempts.Any(t => t.Passed == false))).ToListAsync(ct);
        var moves = (await db.StageChanges.AsNoTracking().Join(apps, h => h.ApplicationId, a => a.Id, (h, a) => h)
            .Select(h => new { h.ApplicationId, h.From, h.To, h.At }).ToListAsync(ct)).ToLookup(m => m.ApplicationId);
        var rates = await db.Attempts.AsNoTracking().Where(t => t.Passed != null).Join(apps, t => t.ApplicationId, a => a.Id, (t, a) => new { a.PostId, t.Kind, t.Passed })
            .GroupBy(x => new { x.PostId, x.Kind }).Select(g => new { g.Key.PostId, g.Key.Kind, N = g.Count(), Passed = g.Count(x => x.Passed == true) }).ToListAsync(ct);

        var reached = facts.ToDictionary(f => f.Id, f => moves[f.Id].Select(m => m.To).ToHashSet());
        var paths = facts.ToDictionary(f => f.Id, f => new ApplicationPath(f.AppliedAt, [.. moves[f.Id].Select(m => new StageMove(m.From, m.To, m.At))]));
        // Every open post, even one nobody has applied to yet; a closed one only with applications in the scope.
        var byPost = facts.ToLookup(f => f.PostId);
        var posts = (await db.Posts.AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title, p.Status }).ToListAsync(ct))
            .Where(p => p.Status == PostStatus.Open || (scope.ClosedPosts && byPost.Contains(p.Id))).ToList();

        var funnels = posts.Select(p => Funnel(p.Id, p.Title, [.. byPost[p.Id]], reached)).ToList();
        var times = posts.Where(p => byPost.Contains(p.Id)).Select(p => new PostTimes(p.Id, p.Title,
            PipelineStats.MedianDaysInStage(byPost[p.Id].Select(f => paths[f.Id])), PipelineStats.MedianDaysToShortlist(byPost[p.Id].Select(f => paths[f.Id])))).ToList();
        var sources = facts.GroupBy(f => f.Source).Select(g => new SourceQuality(g.Key, g.Count(),
                g.Count(f => reached[f.Id].Contains(Stage.Tested)), g.Count(f => f.Scored), g.Count(f => f.Scored && f.PassedAll),
                g.Count(f => reached[f.Id].Contains(Stage.Shortlisted)), g.Count(f => reached[f.Id].Contains(Stage.Hired))))
            .OrderByDescending(s => s.Applications).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();
        var titles = posts.ToDictionary(p => p.Id, p => p.Title);
        var passRates = rates.Select(r => new PassRate(r.PostId, titles[r.PostId], r.Kind, r.N, r.Passed))
            .OrderBy(r => r.Title, StringComparer.CurrentCulture).ThenBy(r => r.Test).ToList();
        return new Analytics(scope, funnels, PipelineStats.MedianDaysInStage(paths.Values), PipelineStats.MedianDaysToShortlist(paths.Values),
            times, sources, passRates);
    }

    private static PostFunnel Funnel(int postId, string title, IReadOnlyList<AppFact> apps, Dictionary<Guid, HashSet<Stage>> reached)
    {
        var steps = new List<FunnelStep>();
        foreach (var stage in FunnelStages)
        {
            var n = stage == Stage.Applied ? apps.Count : apps.Count(a => reached[a.Id].Contains(stage));
            var before = steps.LastOrDefault()?.Reached;
            steps.Add(new FunnelStep(stage, n, before is > 0 ? (double)n / before.Value : null));
        }
        return new PostFunnel(postId, title, apps.Count, steps, apps.GroupBy(a => a.Stage).ToDictionary(g => g.Key, g => g.Count()));
    }

    private sealed record AppFact(Guid Id, int PostId, Stage Stage, string Source, DateTime AppliedAt, bool Scored, bool PassedAll);
}
