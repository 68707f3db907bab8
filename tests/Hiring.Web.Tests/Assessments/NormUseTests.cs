using Hiring.Web.Localization;
using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Norms;
using Hiring.Web.Analysis;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

/// <summary>
/// The attempt app for tests that write the norm tables themselves. The background pass (<see cref="NormRecompute"/>)
/// first runs a minute after start on the app's clock, this fake one, which these tests move by seconds only:
/// <see cref="Untouched"/> checks it has not run behind their back.
/// </summary>
public abstract class NormApp : AttemptApp
{
    private DateTimeOffset _start;

    public override async Task InitializeAsync()
    {
        _start = Clock.GetUtcNow();
        await base.InitializeAsync();
    }

    public void Untouched() =>
        Assert.True(Clock.GetUtcNow() - _start < TimeSpan.FromMinutes(1), "The clock passed the norm tables' first background pass: it may have rewritten them.");
}

public class SqliteNormApp : NormApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresNormApp : NormApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>Percentiles on the staff test page and in the candidate report come from the stored norm tables, with the
/// table's date and size; counted live only until a table exists; the published norm for typing until the group is large enough.</summary>
public abstract class NormUseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : NormApp
{
    private static readonly DateTime Computed = new(2026, 3, 12, 9, 0, 0, DateTimeKind.Utc);

    private Task SetTableAsync(TestKind kind, int size, params NormBand[] bands) => SetTableAsync(kind, PostType.Inbound, Cultures.English, size, bands);

    private Task SetTableAsync(TestKind kind, PostType postType, string language, int size, params NormBand[] bands) => app.WithDbAsync(async db =>
    {
        app.Untouched();
        await db.NormRows.Where(r => r.Kind == kind && r.PostType == postType && r.Language == language).ExecuteDeleteAsync();
        db.NormRows.Add(new NormRow { Kind = kind, PostType = postType, Language = language, Size = size, ComputedAt = Computed, Bands = JsonSerializer.Serialize(bands, JsonSerializerOptions.Web) });
        return await db.SaveChangesAsync();
    });

    private async Task<string> StaffRowAsync(TestTaker taker, TestKind kind)
    {
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        app.Untouched();
        return page.QuerySelector($"[data-testid='test-{kind}']")!.TextContent;
    }

    private async Task<string> ReportAsync(TestTaker taker) =>
        Reports.Reports.Text(await (await (await Reports.Reports.ManagerAsync(app)).GetAsync($"/Reports/Download/{taker.ApplicationId}")).Content.ReadAsByteArrayAsync());

    /// <summary>An SJT attempt scoring 1 of 3 (33.3 %) on an Inbound post.</summary>
    private async Task<TestTaker> SjtAtAThirdAsync()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(id, "SJT-F1", 1, new { most = "A", least = "D" });
        await taker.SubmitFormAsync(id);
        Assert.Equal(33.3, (await taker.AttemptAsync(id)).Percent);
        return taker;
    }

    [Fact]
    public async Task A_percentile_is_read_off_the_stored_norm_table_with_its_date_and_size()
    {
        await SetTableAsync(TestKind.Sjt, 240, new(0, 10), new(25, 25), new(50, 45), new(75, 55), new(100, 80));
        var taker = await SjtAtAThirdAsync();

        // 33.3 lies between P25 (25) and P50 (45): 25 + 25 × (33.3 − 25) / 20 = 35.4 → the 35th percentile.
        var row = await StaffRowAsync(taker, TestKind.Sjt);
        Assert.Contains("35th percentile", row);
        Assert.Contains("norm table of 12 Mar 2026: 240 attempts for Inbound customer service posts", row);
        var report = await ReportAsync(taker);
        Assert.Contains(" 1 / 3 33.3% 35th ", report);
        Assert.Contains("Better than 35% of 240 Inbound customer service candidates tested since", report);
        Assert.Contains("Norm: norm table of 12 Mar 2026: 240 attempts for Inbound customer service posts", report);
    }

    [Fact]
    public async Task Until_a_table_is_stored_the_percentile_is_counted_now_and_the_label_says_so()
    {
        await app.WithDbAsync(db => db.NormRows.ExecuteDeleteAsync());
        var taker = await SjtAtAThirdAsync();
        var group = await app.WithDbAsync(db => db.Attempts.CountAsync(a => a.Kind == TestKind.Sjt && a.SubmittedAt != null
            && a.Application!.Post!.PostType == PostType.Inbound && a.Application.Post.Language == Cultures.English));

        Assert.Contains($"counted now from {group} attempts for Inbound customer service posts (no stored norm table yet)", await StaffRowAsync(taker, TestKind.Sjt));
        Assert.Contains($"of {group} ", await ReportAsync(taker));

        await app.Service<NormRecompute>().RecomputeOnceAsync();
        var today = app.Clock.GetUtcNow().ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        Assert.Contains($"norm table of {today}: {group} attempts for Inbound customer service posts", await StaffRowAsync(taker, TestKind.Sjt));
    }

    /// <summary>An English typing attempt on an Inbound post: 2.7 net WPM.</summary>
    private async Task<TestTaker> EnglishTypistAsync()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Typing, 2, 1, 1));
        var id = await taker.StartAsync(TestKind.Typing);
        const string part = "Customer called about order"; // 27 characters in 2 minutes: (27 / 5) / 2 = 2.7 net WPM
        await taker.SaveAsync(id, "TYP-F1", 1, new { text = part, keys = part.Select((c, i) => new { t = 300L + i * 170 + (i * 41 % 90), k = c.ToString(), h = 70, tr = true }) });
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        await taker.SubmitFormAsync(id);
        Assert.Equal(2.7, (await taker.AttemptAsync(id)).Raw);
        return taker;
    }

    /// <summary>A Chinese typing attempt on a Chinese Inbound post: the 10 字 passage in five input-method commits at uneven
    /// times, submitted after 12 s: 10 字 / 0.2 min = 50 net 字/分钟.</summary>
    private async Task<TestTaker> ChineseTypistAsync()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Typing, 2, 1, 1));
        await app.WithDbAsync(db => db.Posts.Where(p => p.Applications.Any(a => a.Id == taker.ApplicationId))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Language, Cultures.ChineseSimplified)));
        var id = await taker.StartAsync(TestKind.Typing);
        const string text = FixtureBank.ChineseTypingText;
        long[] at = [1_000, 3_300, 5_100, 8_200, 10_400];
        var keys = at.SelectMany((t, i) => new object[]
        {
            new { t = t - 700, k = "compositionstart", tr = true, d = "" },
            new { t, k = "compositionend", tr = true, d = text.Substring(i * 2, 2) },
        });
        await taker.SaveAsync(id, "TYP-ZH-F1", 1, new { text, keys });
        app.Clock.Advance(TimeSpan.FromSeconds(12));
        await taker.SubmitFormAsync(id);
        var attempt = await taker.AttemptAsync(id);
        Assert.Equal(50, attempt.Raw);
        Assert.False(IntegrityFlags.HeldForReview(TestKind.Typing, attempt.Detail));
        return taker;
    }

    [Fact]
    public async Task Typing_keeps_the_published_norm_until_the_post_types_table_is_large_enough_and_never_shows_its_size_beside_it()
    {
        var taker = await EnglishTypistAsync();

        // 29 attempts, one short of Assessments:MinLocalNorm (30): published norm, 100 × Φ((2.7 − 38) / 17) = 100 × Φ(−2.08) = 1.9 → 2nd.
        await SetTableAsync(TestKind.Typing, 29, new(0, 1.5), new(50, 3.5), new(100, 20));
        var row = await StaffRowAsync(taker, TestKind.Typing);
        Assert.Contains("2nd percentile", row);
        Assert.Contains("published typing norm (mean 38, SD 17 net WPM), used until Inbound customer service posts have 30 typing attempts", row);
        Assert.DoesNotContain("29", row);
        var report = await ReportAsync(taker);
        Assert.Contains(" 2nd 0:10 of 2:00 ", report); // percentile (no group size), time used
        Assert.Contains("Better than 2% of typists in the published norm.", report);
        Assert.Contains("Norm: published typing norm (mean 38, SD 17 net WPM), used until Inbound customer service posts have 30 typing attempts", report);

        // 30 attempts: the table. 2.7 lies between P0 (1.5) and P50 (3.5): 50 × 1.2 / 2 = 30 → the 30th percentile.
        await SetTableAsync(TestKind.Typing, 30, new(0, 1.5), new(50, 3.5), new(100, 20));
        row = await StaffRowAsync(taker, TestKind.Typing);
        Assert.Contains("30th percentile", row);
        Assert.Contains("norm table of 12 Mar 2026: 30 attempts for Inbound customer service posts", row);
        var table = await ReportAsync(taker);
        Assert.Contains(" 30th 0:10 of 2:00 ", table);
        Assert.Contains("Better than 30% of 30 Inbound customer service candidates tested since", table);
    }

    [Fact]
    public async Task A_Chinese_typing_result_is_read_off_the_Chinese_default_table_and_never_ranked_among_English_results()
    {
        // English Inbound typing has a large table on which 50 would be far above the top (P100 = 20 WPM).
        await SetTableAsync(TestKind.Typing, 30, new(0, 1.5), new(50, 3.5), new(100, 20));
        await app.WithDbAsync(db => db.NormRows.Where(r => r.Language == Cultures.ChineseSimplified).ExecuteDeleteAsync());
        var chinese = await ChineseTypistAsync();

        // 50 字/分钟 is the 40th percentile of seed/zh-Hans/norms/typing.yaml (an interview bar placed there).
        const string label = "published-style default table for Chinese typing (median 55 net characters per minute; not measured on this site's candidates), used until Chinese-language Inbound customer service posts have 30 typing attempts";
        var row = await StaffRowAsync(chinese, TestKind.Typing);
        Assert.Contains("40th percentile", row);
        Assert.Contains(label, row);
        var report = await ReportAsync(chinese);
        Assert.Contains(" 40th 0:12 of 2:00 ", report);
        Assert.Contains("Norm: " + label, report);
        // The plain words say the table was built, not measured: it is no "published norm" of typists.
        Assert.Contains("Better than 40% on the default typing table (built from employers' published requirements, not measured on candidates).", report);
        Assert.DoesNotContain("published norm", report);

        // Chinese Inbound posts get a table of their own (30 attempts): 50 lies between P50 (40) and P100 (60): 50 + 50 × 10 / 20 = 75.
        await SetTableAsync(TestKind.Typing, PostType.Inbound, Cultures.ChineseSimplified, 30, new(0, 20), new(50, 40), new(100, 60));
        row = await StaffRowAsync(chinese, TestKind.Typing);
        Assert.Contains("75th percentile", row);
        Assert.Contains("norm table of 12 Mar 2026: 30 attempts for Chinese-language Inbound customer service posts", row);
        Assert.Contains("Better than 75% of 30 Chinese-language Inbound customer service candidates tested since", await ReportAsync(chinese));

        // The English result is read off the English table as before, not the Chinese one: 2.7 → the 30th percentile.
        var english = await EnglishTypistAsync();
        row = await StaffRowAsync(english, TestKind.Typing);
        Assert.Contains("30th percentile", row);
        Assert.Contains("norm table of 12 Mar 2026: 30 attempts for Inbound customer service posts", row);
    }

    [Fact]
    public async Task Chinese_SJT_results_are_counted_among_Chinese_posts_only()
    {
        await app.WithDbAsync(db => db.NormRows.ExecuteDeleteAsync());
        var english = await SjtAtAThirdAsync();
        var group = await app.WithDbAsync(db => db.Attempts.CountAsync(a => a.Kind == TestKind.Sjt && a.SubmittedAt != null
            && a.Application!.Post!.PostType == PostType.Inbound && a.Application.Post.Language == Cultures.English));
        await app.WithDbAsync(db => db.Posts.Where(p => p.Applications.Any(a => a.Id == english.ApplicationId))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Language, Cultures.ChineseSimplified)));
        var chinese = await app.WithDbAsync(db => db.Attempts.CountAsync(a => a.Kind == TestKind.Sjt && a.SubmittedAt != null
            && a.Application!.Post!.PostType == PostType.Inbound && a.Application.Post.Language == Cultures.ChineseSimplified));

        // The attempt now belongs to a Chinese post: its group is the Chinese Inbound attempts, not the English ones.
        var row = await StaffRowAsync(english, TestKind.Sjt);
        Assert.Contains($"counted now from {Attempts(chinese)} for Chinese-language Inbound customer service posts", row);
        Assert.DoesNotContain($"from {Attempts(group)} ", row);

        await app.Service<NormRecompute>().RecomputeOnceAsync();
        var tables = await app.WithDbAsync(db => db.NormRows.Where(r => r.Kind == TestKind.Sjt && r.PostType == PostType.Inbound)
            .Select(r => new { r.Language, r.Size }).ToListAsync());
        Assert.Equal(chinese, tables.Single(t => t.Language == Cultures.ChineseSimplified).Size);
        Assert.Equal(group - 1, tables.SingleOrDefault(t => t.Language == Cultures.English)?.Size ?? 0);
    }

    private static string Attempts(int n) => n == 1 ? "1 attempt" : $"{n} attempts";

    [Fact]
    public async Task The_norm_page_says_in_both_languages_that_Chinese_typing_uses_a_published_style_default_until_local_data_exists()
    {
        await app.WithDbAsync(db => db.NormRows.Where(r => r.Language == Cultures.ChineseSimplified).ExecuteDeleteAsync());
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Typing, 2, 1, 1));
        await app.WithDbAsync(db => db.Posts.Where(p => p.Applications.Any(a => a.Id == taker.ApplicationId))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Language, Cultures.ChineseSimplified)));
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");

        var (_, page) = await recruiter.GetPageAsync("/Recruiting/Analysis/Norms");
        var note = page.QuerySelector("[data-testid='norms-zh-typing-default']")!.TextContent;
        Assert.Contains("Chinese typing percentiles are read off this default table. It is not measured on anyone", note);
        Assert.Contains("Still in use for: Inbound customer service", note);
        // The default's bands at P10, P25, P50, P75, P90 as the seed file has them.
        Assert.Equal(["30", "42", "55", "68", "80"], page.QuerySelectorAll("#norms-zh-typing tbody td").Select(c => c.TextContent));

        // The switch saves the recruiter's language, which the other tests read in English: it is put back.
        await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["culture"] = Cultures.ChineseSimplified }, "form.language-switch");
        try
        {
            (_, page) = await recruiter.GetPageAsync("/Recruiting/Analysis/Norms");
            note = page.QuerySelector("[data-testid='norms-zh-typing-default']")!.TextContent;
            Assert.Contains("中文打字的百分位从这张默认常模表读取。此表并非实测所得", note);
            Assert.Contains("呼入客服", note);
        }
        finally
        {
            await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["culture"] = Cultures.English }, "form.language-switch");
        }

        // Local data for every Chinese post type: the default and its note go.
        var types = await app.WithDbAsync(db => db.Posts.Where(p => p.Language == Cultures.ChineseSimplified).Select(p => p.PostType).Distinct().ToListAsync());
        foreach (var type in types) await SetTableAsync(TestKind.Typing, type, Cultures.ChineseSimplified, 30, new(0, 20), new(50, 40), new(100, 60));
        (_, page) = await recruiter.GetPageAsync("/Recruiting/Analysis/Norms");
        Assert.Null(page.QuerySelector("[data-testid='norms-zh-typing-default']"));
        Assert.NotNull(page.QuerySelector("[data-testid='norm-Typing-Inbound-zh-Hans']"));
    }

    [Fact]
    public async Task A_typing_result_held_for_review_is_shown_so_and_left_out_of_the_norms()
    {
        Task<int> TypingSampleAsync() => app.WithDbAsync(async db =>
            (await new AnalysisQueries(db, new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions())).ScoredAsync()).Count(s => s.Test == TestKind.Typing && s.Post == PostType.Inbound));
        var before = await TypingSampleAsync();

        // The text arrives with no key presses at all (pasted or inserted): held for review.
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Typing, 2, 1, 1));
        var id = await taker.StartAsync(TestKind.Typing);
        await taker.SaveAsync(id, "TYP-F1", 1, new { text = "Customer called about order", keys = Array.Empty<object>() });
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        await taker.SubmitFormAsync(id);

        Assert.Equal(before, await TypingSampleAsync());
        Assert.Contains("held for review", await StaffRowAsync(taker, TestKind.Typing));
        var postId = (await taker.ApplicationAsync()).PostId;
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={postId}");
        Assert.Contains("typing held for review", list.QuerySelector($"a[href*='/Details/{taker.ApplicationId}']")!.Closest("tr")!.TextContent);
    }
}

public class NormUseTests_Sqlite(SqliteNormApp app) : NormUseTests<SqliteNormApp>(app);
public class NormUseTests_Postgres(PostgresNormApp app) : NormUseTests<PostgresNormApp>(app);
