using System.Net;
using Hiring.Core.Assessments;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

/// <summary>A typing result's integrity flags are worded in the reader's language, on the staff page and in the report,
/// with the figures the rule found; an attempt scored before flags kept their figures still shows its English.</summary>
public abstract class TypingFlagWordsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    private const string Recruiter = "recruiter@demo.hiring.local";

    [Fact]
    public async Task A_pasted_sentence_on_a_Chinese_typing_test_is_flagged_in_Chinese_for_a_Chinese_reader()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Typing, 2, 30, 1));
        await taker.PostInAsync("zh-Hans");
        var id = await taker.StartAsync(TestKind.Typing);
        // 客户 composed through the input method, then the other 8 characters inserted at once without composing: a paste.
        object[] keys =
        [
            new { t = 100L, k = "compositionstart", h = (int?)null, tr = true, d = "" },
            new { t = 300L, k = "compositionupdate", h = (int?)null, tr = true, d = "kehu" },
            new { t = 900L, k = "compositionend", h = (int?)null, tr = true, d = "客户" },
            new { t = 2000L, k = "input:insertText", h = (int?)null, tr = true, d = "来电询问退款进度" },
        ];
        await taker.SaveAsync(id, "TYP-ZH-F1", 1, new { text = FixtureBank.ChineseTypingText, keys, pastes = 1 });
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await taker.SubmitFormAsync(id);

        var english = await RecruiterAsync();
        var (_, page) = await english.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        var row = page.QuerySelector("[data-testid='test-Typing']")!.TextContent;
        Assert.Contains("8 characters appeared in 1 piece(s) without the input method composing them", row);
        Assert.Contains("1 paste attempt(s) were blocked.", row);

        await app.WithDbAsync(db => db.Users.Where(u => u.Email == Recruiter).ExecuteUpdateAsync(s => s.SetProperty(u => u.Culture, "zh-Hans")));
        var chinese = await RecruiterAsync();
        (_, page) = await chinese.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        row = page.QuerySelector("[data-testid='test-Typing']")!.TextContent;
        Assert.Contains("打字成绩待复核", row);
        Assert.Contains("有 8 个字分 1 段出现，未经输入法组字", row);
        Assert.Contains("已拦截 1 次粘贴尝试。", row);
        Assert.DoesNotContain("input method composing", row);
        Assert.DoesNotContain("held for review", row);

        var response = await chinese.GetAsync($"/Reports/Download/{taker.ApplicationId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = Hiring.Web.Tests.Reports.Reports.Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("打字成绩待复核", report);
        Assert.Contains("未经输入法组字", report);
        Assert.Contains("字/分钟", report);
        Assert.DoesNotContain("input method composing", report);
        // The published norm's note still gives its figures in WPM: the norm tables are not per language yet.
        Assert.DoesNotContain("WPM", System.Text.RegularExpressions.Regex.Replace(report, "公开打字常模（[^）]*）", ""));
    }

    private async Task<PageClient> RecruiterAsync()
    {
        var client = new PageClient(app);
        await client.LogInAsync(Recruiter, "demo-password-2026");
        return client;
    }
}

public class TypingFlagWordsTests_Sqlite(SqliteAttemptApp app) : TypingFlagWordsTests<SqliteAttemptApp>(app);
public class TypingFlagWordsTests_Postgres(PostgresAttemptApp app) : TypingFlagWordsTests<PostgresAttemptApp>(app);

public class StoredTypingFlagsTests
{
    [Fact]
    public void An_attempt_scored_before_flags_kept_their_figures_shows_its_English_sentences()
    {
        const string stored = """
            {"items":[],"competencies":{},"typing":{"grossWpm":30,"netWpm":28,"accuracy":0.98,"keystrokeAccuracy":0.97,"consistency":80,
             "flags":["Replaying the 40 captured character keys does not give the submitted text of 80 characters."],"elapsedSeconds":120}}
            """;
        var typing = System.Text.Json.JsonSerializer.Deserialize<Hiring.Web.Assessments.AttemptDetail>(stored, Hiring.Web.Assessments.AttemptFinaliser.Json)!.Typing!;

        using (Hiring.Documents.Words.Use("zh-Hans"))
            Assert.Equal(["Replaying the 40 captured character keys does not give the submitted text of 80 characters."],
                Hiring.Web.Assessments.IntegrityFlags.Typing(typing));
    }

    [Fact]
    public void A_stored_flag_with_figures_is_worded_in_the_readers_language()
    {
        var typing = new Hiring.Web.Assessments.TypingDetail(30, 28, 0.98, 0.97, 80, ["1 paste attempt(s) were blocked."], 120,
            Raised: [new("pastes-blocked", "{0} paste attempt(s) were blocked.", [1])]);
        var json = System.Text.Json.JsonSerializer.Serialize(typing, Hiring.Web.Assessments.AttemptFinaliser.Json);
        var read = System.Text.Json.JsonSerializer.Deserialize<Hiring.Web.Assessments.TypingDetail>(json, Hiring.Web.Assessments.AttemptFinaliser.Json)!;

        using (Hiring.Documents.Words.Use("zh-Hans")) Assert.Equal(["已拦截 1 次粘贴尝试。"], Hiring.Web.Assessments.IntegrityFlags.Typing(read));
        using (Hiring.Documents.Words.Use("en")) Assert.Equal(["1 paste attempt(s) were blocked."], Hiring.Web.Assessments.IntegrityFlags.Typing(read));
    }
}
