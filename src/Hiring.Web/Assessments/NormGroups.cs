using Hiring.Web.Localization;
using Hiring.Documents;
using Hiring.Core.Assessments;
using Hiring.Core.Analysis;
using Hiring.Core.Assessments.Norms;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>Where a norm comes from: the stored table (<see cref="Analysis.NormRecompute"/>), the attempts counted now
/// (only until a table is stored), or a published typing norm.</summary>
public enum NormSource { Table, Live, Published }

/// <summary>
/// What a score is placed against for one test, post type and language. <see cref="Size"/> is the norm group's size, 0 for
/// a published norm (a group of other people, not this site's candidates); <see cref="Label"/> says which norm it is. A
/// published norm is English typing's normal curve (<see cref="TypingNorm"/>) when it has no bands, or a language's
/// default table (<see cref="PublishedNorms"/>) read like a stored one.
/// </summary>
public sealed record Norm(TestKind Kind, NormSource Source, int Size, string Label, IReadOnlyList<NormBand> Bands, DateTime? Since = null)
{
    private bool Normal => Source == NormSource.Published && Bands.Count == 0;

    /// <summary>A language's seeded default table (<see cref="PublishedNorms"/>): built from employers' published bars, not
    /// measured on anyone, which the report says in its plain words.</summary>
    public bool IsDefaultTable => Source == NormSource.Published && Bands.Count > 0;

    /// <summary>The middle half of the group's scores (25th to 75th percentile), in the test's unit; null without a group.</summary>
    public (double Low, double High)? Middle => Normal
        ? (TypingNorm.Mean - Core.Assessments.Norms.Normal.Quartile * TypingNorm.Sd, TypingNorm.Mean + Core.Assessments.Norms.Normal.Quartile * TypingNorm.Sd)
        : Bands.FirstOrDefault(b => b.Percentile == 25) is { } low && Bands.FirstOrDefault(b => b.Percentile == 75) is { } high
            ? (low.Score, high.Score) : null;

    /// <summary>The score a percentile is taken on: net WPM (Raw; 字/分钟 in Chinese) for typing, the percent for the others.</summary>
    public static double? ScoreOf(TestKind kind, double? raw, double? percent) => kind == TestKind.Typing ? raw : percent;

    /// <summary>A stored table and live counting place a score the same way, on the same bands
    /// (<see cref="NormTables.StoredBands"/>), so the figure does not jump when the first table is stored.</summary>
    public double? PercentileOf(double? score) => score is not { } s ? null
        : Normal ? Math.Round(TypingNorm.PercentileOf(s))
        : Bands.Count == 0 ? null : Math.Round(NormTable.PercentileOf(s, Bands));
}

/// <summary>
/// The norm for a test, post type and post language: the stored norm table when <see cref="Analysis.NormRecompute"/> has
/// written one, otherwise the completed attempts counted now (typing results held for review left out). Items in another
/// language are other items, so only attempts at posts in the same language count. Typing uses a published norm — English
/// <see cref="TypingNorm"/>, another language its seeded default table (<see cref="PublishedNorms"/>) — until the group
/// reaches <see cref="AssessmentOptions.MinLocalNorm"/> attempts.
/// </summary>
public sealed class NormGroups(HiringDbContext db, IOptions<AssessmentOptions> options, PublishedNorms published, IStringLocalizer<NormGroups> text)
{
    public async Task<Norm> ForAsync(TestKind kind, PostType postType, string language, CancellationToken ct = default)
    {
        var table = await db.NormRows.AsNoTracking().SingleOrDefaultAsync(r => r.Kind == kind && r.PostType == postType && r.Language == language, ct);
        var group = db.Attempts.AsNoTracking().Where(a => a.Kind == kind && a.SubmittedAt != null
            && a.Application!.Post!.PostType == postType && a.Application.Post.Language == language);
        if (table is not null)
            return Published(kind, postType, language, table.Size)
                ?? new Norm(kind, NormSource.Table, table.Size, Words.F("norm table of {0}: {1} for {2} posts", Words.Date(DateTime.SpecifyKind(table.ComputedAt, DateTimeKind.Utc)), Attempts(table.Size), Who(postType, language)), table.ReadBands(),
                    await group.MinAsync(a => a.SubmittedAt, ct));

        var rows = await group.Select(a => new { a.Raw, a.Percent, a.Detail, a.SubmittedAt }).ToListAsync(ct);
        var sample = rows.Where(r => !IntegrityFlags.HeldForReview(kind, r.Detail)).Select(r => Norm.ScoreOf(kind, r.Raw, r.Percent)).OfType<double>().ToList();
        return Published(kind, postType, language, sample.Count)
            ?? new Norm(kind, NormSource.Live, sample.Count, Words.F("counted now from {0} for {1} posts (no stored norm table yet)", Attempts(sample.Count), Who(postType, language)), NormTables.StoredBands(sample),
                rows.Min(r => r.SubmittedAt));
    }

    /// <summary>Whose results a group holds, in words: "Inbound customer service" for English posts, "Chinese Inbound customer
    /// service" for Chinese ones (English wording unchanged since posts had no language).</summary>
    public string Who(PostType postType, string language) =>
        language == Cultures.English ? DisplayNames.Of(postType) : text["Chinese-language {0}", DisplayNames.Of(postType)];

    private static string Attempts(int n) => Words.Plural(n, "{0} attempt", "{0} attempts");

    /// <summary>The published typing norm while the group is too small: English's normal curve, another language's default
    /// table; null otherwise, and for a language without a default table.</summary>
    private Norm? Published(TestKind kind, PostType postType, string language, int groupSize)
    {
        if (kind != TestKind.Typing || groupSize >= options.Value.MinLocalNorm) return null;
        if (language == Cultures.English)
            return new Norm(kind, NormSource.Published, 0,
                Words.F("published typing norm (mean {0}, SD {1} net WPM), used until {2} posts have {3} typing attempts",
                    TypingNorm.Mean, TypingNorm.Sd, DisplayNames.Of(postType), options.Value.MinLocalNorm), []);
        return published.Typing(language) is { } bands
            ? new Norm(kind, NormSource.Published, 0,
                text["published-style default table for Chinese typing (median {0} net characters per minute; not measured on this site's candidates), used until {1} posts have {2} typing attempts",
                    bands.Single(b => b.Percentile == 50).Score, Who(postType, language), options.Value.MinLocalNorm], bands)
            : null;
    }
}
