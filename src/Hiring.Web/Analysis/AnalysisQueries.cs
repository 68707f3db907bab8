using System.Text.Json;
using Hiring.Core.Analysis;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Hiring.Web.Analysis;

/// <summary>The item matrix of one test in one language (optionally one post type), with how many attempts came from demo applicants.</summary>
public sealed record TestMatrix(ItemResponses Responses, int Attempts, int DemoAttempts);

/// <summary>The analysis of a <see cref="TestMatrix"/>, with its attempt counts.</summary>
public sealed record AnalysedTest(ItemAnalysisReport Report, int Attempts, int DemoAttempts);

/// <summary>
/// Turns stored, scored attempts into what <see cref="ItemAnalysis"/> and <see cref="NormTables"/> read. An item's score is
/// its points out of its maximum and the option chosen, as the attempt's detail recorded them; the time is the gap between that answer's save and the previous save of the attempt — the page saves
/// as each answer is given, so the gap is a fair estimate of the time spent on the item.
/// </summary>
public sealed class AnalysisQueries(HiringDbContext db, IMemoryCache cache)
{
    /// <summary>
    /// The item analysis of one test, worked out again only when its attempts changed: the page is read far more often than
    /// a test is scored, and the analysis parses every attempt's form and detail. An attempt's version rises with every
    /// change (scoring included), so the count, the sum of versions and the last submission tell a changed set from the
    /// one analysed, on every node.
    /// </summary>
    public async Task<AnalysedTest> AnalysedAsync(TestKind kind, PostType? postType, string language, CancellationToken ct = default)
    {
        var stamp = await Scored(kind, postType, language).GroupBy(a => 1)
            .Select(g => new AnalysisStamp(g.Count(), g.Sum(a => (long)a.Version), g.Max(a => a.SubmittedAt))).SingleOrDefaultAsync(ct);
        var key = (nameof(AnalysedAsync), kind, postType, language);
        if (cache.TryGetValue(key, out (AnalysisStamp Stamp, AnalysedTest Test) hit) && hit.Stamp == stamp) return hit.Test;
        var matrix = await ItemsAsync(kind, postType, language, ct);
        var test = new AnalysedTest(ItemAnalysis.Analyse(matrix.Responses), matrix.Attempts, matrix.DemoAttempts);
        cache.Set(key, (stamp, test), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return test;
    }

    /// <summary>The attempts at posts in <paramref name="language"/>: another language's items are other items, analysed apart.</summary>
    public async Task<TestMatrix> ItemsAsync(TestKind kind, PostType? postType, string language = Localization.Cultures.English, CancellationToken ct = default)
    {
        var rows = await Scored(kind, postType, language)
            .OrderBy(a => a.SubmittedAt)
            .Select(a => new { a.Id, a.Form, a.Detail, a.StartedAt, a.Application!.Candidate!.IsDemo, Answers = a.Answers.Select(x => new { x.ItemId, x.SavedAt }).ToList() })
            .ToListAsync(ct);

        var options = new Dictionary<string, IReadOnlyList<string>>();
        var attempts = new List<Dictionary<string, ItemResponse>>();
        foreach (var a in rows)
        {
            var form = AttemptForms.Read(new Domain.Attempt { Id = a.Id, Form = a.Form });
            foreach (var item in form.Items.Where(i => i.Options.Count > 0 && i.Part != ItemPart.Task)) options.TryAdd(item.Id, [.. item.Options.Order(StringComparer.Ordinal)]);
            var detail = JsonSerializer.Deserialize<AttemptDetail>(a.Detail!, AttemptFinaliser.Json)!;
            var saves = a.Answers.OrderBy(x => x.SavedAt).ToList();
            var seconds = saves.Select((x, i) => (x.ItemId, Seconds: (x.SavedAt - (i == 0 ? a.StartedAt : saves[i - 1].SavedAt)).TotalSeconds))
                .GroupBy(x => x.ItemId).ToDictionary(g => g.Key, g => g.Last().Seconds);
            // Simulation tasks are named per scenario (T1 of SIM-001 is not T1 of SIM-002).
            var prefix = detail.Multitask is { } mt ? mt.ScenarioId + "-" : "";
            attempts.Add(detail.Items.ToDictionary(i => prefix + i.ItemId, i => new ItemResponse(
                i.Max > 0 ? i.Points / i.Max : 0,
                i.Choice,
                seconds.TryGetValue(i.ItemId, out var s) && s >= 0 ? Math.Round(s, 1) : null)));
        }

        var items = attempts.SelectMany(r => r.Keys).Distinct().Order(StringComparer.Ordinal)
            .Select(id => new AnalysedItem(id, options.GetValueOrDefault(id))).ToList();
        var matrix = attempts.Select(r => (IReadOnlyList<ItemResponse>)[.. items.Select(i => r.GetValueOrDefault(i.Id) ?? ItemResponse.Missing)]).ToList();
        return new TestMatrix(new ItemResponses(items, matrix), rows.Count, rows.Count(r => r.IsDemo));
    }

    private IQueryable<Domain.Attempt> Scored(TestKind kind, PostType? postType, string language) => db.Attempts.AsNoTracking()
        .Where(a => a.Kind == kind && a.SubmittedAt != null && a.Detail != null && a.Application!.Post!.Language == language
            && (postType == null || a.Application.Post.PostType == postType));

    private sealed record AnalysisStamp(int Attempts, long Versions, DateTime? LastSubmitted);

    /// <summary>Every scored attempt not held for review (<see cref="IntegrityFlags.HeldForReview"/>) as a norm sample point, labelled with its post's type and language: net WPM (字/分钟 in Chinese) for typing, the percent for the others (as <see cref="Norm"/>).</summary>
    public async Task<List<ScoredAttempt>> ScoredAsync(CancellationToken ct = default)
    {
        var rows = await db.Attempts.AsNoTracking().Where(a => a.SubmittedAt != null)
            .Select(a => new { a.Kind, a.Application!.Post!.PostType, a.Application.Post.Language, a.Raw, a.Percent, a.Detail }).ToListAsync(ct);
        return [.. rows.Where(r => Norm.ScoreOf(r.Kind, r.Raw, r.Percent) is not null && !IntegrityFlags.HeldForReview(r.Kind, r.Detail))
            .Select(r => new ScoredAttempt(r.Kind, r.PostType, r.Language, Norm.ScoreOf(r.Kind, r.Raw, r.Percent)!.Value))];
    }
}
