using Hiring.Web.Localization;
using Hiring.Documents;
using Hiring.Core.Assessments;
using Hiring.Core.Analysis;
using Hiring.Core.Assessments.Norms;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>Where a norm comes from: the stored table (<see cref="Analysis.NormRecompute"/>), the attempts counted now
/// (only until a table is stored), or the published typing norm.</summary>
public enum NormSource { Table, Live, Published }

/// <summary>
/// What a score is placed against for one test and post type. <see cref="Size"/> is the norm group's size, 0 for the
/// published norm (a group of other people, not this site's candidates); <see cref="Label"/> says which norm it is.
/// </summary>
public sealed record Norm(TestKind Kind, NormSource Source, int Size, string Label, IReadOnlyList<NormBand> Bands, DateTime? Since = null)
{
    /// <summary>The middle half of the group's scores (25th to 75th percentile), in the test's unit; null without a group.</summary>
    public (double Low, double High)? Middle => Source == NormSource.Published
        ? (TypingNorm.Mean - Normal.Quartile * TypingNorm.Sd, TypingNorm.Mean + Normal.Quartile * TypingNorm.Sd)
        : Bands.FirstOrDefault(b => b.Percentile == 25) is { } low && Bands.FirstOrDefault(b => b.Percentile == 75) is { } high
            ? (low.Score, high.Score) : null;

    /// <summary>The score a percentile is taken on: net WPM (Raw) for typing, the percent for the others.</summary>
    public static double? ScoreOf(TestKind kind, double? raw, double? percent) => kind == TestKind.Typing ? raw : percent;

    /// <summary>A stored table and live counting place a score the same way, on the same bands
    /// (<see cref="NormTables.StoredBands"/>), so the figure does not jump when the first table is stored.</summary>
    public double? PercentileOf(double? score) => score is not { } s ? null : Source switch
    {
        NormSource.Published => Math.Round(TypingNorm.PercentileOf(s)),
        _ => Bands.Count == 0 ? null : Math.Round(NormTable.PercentileOf(s, Bands)),
    };
}

/// <summary>
/// The norm for a test and post type: the stored norm table when <see cref="Analysis.NormRecompute"/> has written one,
/// otherwise the completed attempts counted now (typing results held for review left out). Typing uses the published norm (<see cref="TypingNorm"/>) until the
/// post type's group reaches <see cref="AssessmentOptions.MinLocalNorm"/> attempts.
/// </summary>
public sealed class NormGroups(HiringDbContext db, IOptions<AssessmentOptions> options)
{
    public async Task<Norm> ForAsync(TestKind kind, PostType postType, CancellationToken ct = default)
    {
        var table = await db.NormRows.AsNoTracking().SingleOrDefaultAsync(r => r.Kind == kind && r.PostType == postType, ct);
        var group = db.Attempts.AsNoTracking().Where(a => a.Kind == kind && a.SubmittedAt != null && a.Application!.Post!.PostType == postType);
        if (table is not null)
            return Published(kind, postType, table.Size)
                ?? new Norm(kind, NormSource.Table, table.Size, Words.F("norm table of {0}: {1} for {2} posts", Words.Date(DateTime.SpecifyKind(table.ComputedAt, DateTimeKind.Utc)), Attempts(table.Size), DisplayNames.Of(postType)), table.ReadBands(),
                    await group.MinAsync(a => a.SubmittedAt, ct));

        var rows = await group.Select(a => new { a.Raw, a.Percent, a.Detail, a.SubmittedAt }).ToListAsync(ct);
        var sample = rows.Where(r => !IntegrityFlags.HeldForReview(kind, r.Detail)).Select(r => Norm.ScoreOf(kind, r.Raw, r.Percent)).OfType<double>().ToList();
        return Published(kind, postType, sample.Count)
            ?? new Norm(kind, NormSource.Live, sample.Count, Words.F("counted now from {0} for {1} posts (no stored norm table yet)", Attempts(sample.Count), DisplayNames.Of(postType)), NormTables.StoredBands(sample),
                rows.Min(r => r.SubmittedAt));
    }

    private static string Attempts(int n) => Words.Plural(n, "{0} attempt", "{0} attempts");

    /// <summary>The published typing norm while the post type's own group is too small; null otherwise.</summary>
    private Norm? Published(TestKind kind, PostType postType, int groupSize) =>
        kind == TestKind.Typing && groupSize < options.Value.MinLocalNorm
            ? new Norm(kind, NormSource.Published, 0,
                Words.F("published typing norm (mean {0}, SD {1} net WPM), used until {2} posts have {3} typing attempts",
                    TypingNorm.Mean, TypingNorm.Sd, DisplayNames.Of(postType), options.Value.MinLocalNorm),
                [])
            : null;
}
