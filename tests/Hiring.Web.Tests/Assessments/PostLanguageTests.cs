using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

/// <summary>A post has a language and draws its tests from that language's banks only (issue 15, "The banks").</summary>
public abstract class PostLanguageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private Task ToChineseAsync(TestTaker taker) => app.WithDbAsync(async db =>
    {
        var post = await db.Applications.Where(a => a.Id == taker.ApplicationId).Select(a => a.Post!).SingleAsync();
        post.Language = "zh-Hans";
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_chinese_post_draws_its_situational_judgement_form_from_the_chinese_bank_and_an_english_post_never_does()
    {
        var chinese = await app.WithDbAsync(db => db.BankItems.AsNoTracking()
            .Where(i => i.Bank == Bank.Sjt && i.IsCurrent && i.Language == "zh-Hans").ToDictionaryAsync(i => i.Id, i => i.Content));

        var zh = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 25, 60, 1));
        await ToChineseAsync(zh);
        var zhAttempt = await zh.StartAsync(TestKind.Sjt);
        var zhForm = AttemptForms.Read(await zh.AttemptAsync(zhAttempt)).Answerable().Select(i => i.Id).ToList();

        var en = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 25, 60, 1));
        var enForm = AttemptForms.Read(await en.AttemptAsync(await en.StartAsync(TestKind.Sjt))).Answerable().Select(i => i.Id).ToList();

        Assert.True(chinese.Count >= 24, $"{chinese.Count} Chinese SJT items loaded from seed/zh-Hans");
        Assert.NotEmpty(zhForm);
        Assert.All(zhForm, id => Assert.Contains(id, chinese.Keys));
        Assert.NotEmpty(enForm);
        Assert.DoesNotContain(enForm, chinese.ContainsKey);

        // The take page shows the Chinese scenario and options as written, in a Chinese page.
        var (_, page) = await zh.Client.GetPageAsync($"/Candidate/Tests/Take/{zhAttempt}");
        Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
        var first = JsonSerializer.Deserialize<SjtItem>(chinese[zhForm[0]], SeedLoader.Json)!;
        var shown = page.QuerySelector($"[data-testid='item-{first.Id}']")!;
        Assert.Equal(first.Scenario.Trim(), shown.QuerySelector(".scenario")!.TextContent.Trim());
        Assert.All(first.Options, o => Assert.Contains(o.Text, shown.TextContent));
        Assert.DoesNotContain(first.Options[0].Rationale, page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_chinese_post_sits_the_chinese_simulation_and_reads_it_in_chinese()
    {
        var zh = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Multitask, 7, 60, 1));
        await ToChineseAsync(zh);
        var attempt = await zh.StartAsync(TestKind.Multitask);
        Assert.Equal("SIM-ZH-001", Assert.Single(AttemptForms.Read(await zh.AttemptAsync(attempt)).Items).Id);

        var (_, page) = await zh.Client.GetPageAsync($"/Candidate/Tests/Take/{attempt}");
        Assert.Equal("SIM-ZH-001", page.QuerySelector("#sim")!.GetAttribute("data-scenario"));
        Assert.StartsWith("你在优品汇商城客服中心值班。", page.QuerySelector("#sim-briefing")!.TextContent);
        Assert.Contains("您好，优品汇商城客服，我是小周", page.QuerySelector("#sim-call-lines")!.TextContent);
    }

    [Fact]
    public async Task A_visitor_who_chose_no_language_reads_a_chinese_post_in_chinese_and_the_careers_list_names_its_language()
    {
        var post = await Hiring.Web.Tests.Recruiting.Given.PostAsync(app);
        await app.WithDbAsync(async db =>
        {
            (await db.Posts.SingleAsync(p => p.Id == post.Id)).Language = "zh-Hans";
            return await db.SaveChangesAsync();
        });
        var visitor = new PageClient(app);   // Accept-Language: none set, so English by default

        var (_, page) = await visitor.GetPageAsync($"/Careers/Post/{post.Id}");
        Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
        var (_, english) = await visitor.GetPageAsync("/Careers");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("中文（简体）", english.QuerySelector($"[data-testid='post-language-{post.Id}']")!.TextContent.Trim());
    }
}

public class PostLanguageTests_Sqlite(SqliteApp app) : PostLanguageTests<SqliteApp>(app);
public class PostLanguageTests_Postgres(PostgresApp app) : PostLanguageTests<PostgresApp>(app);
