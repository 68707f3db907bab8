using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

/// <summary>A post has a language and draws its tests from that language's banks only (issue 15, "The banks").</summary>
public abstract class PostLanguageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    /// <summary>Every current English SJT item copied as a zh-Hans item of its own (id "ZH-…"), as seed/zh-Hans/ would load it.</summary>
    private async Task<HashSet<string>> ChineseSjtAsync() => await app.WithDbAsync(async db =>
    {
        var english = await db.BankItems.AsNoTracking().Where(i => i.Bank == Bank.Sjt && i.IsCurrent && i.Language == "en").ToListAsync();
        var ids = new HashSet<string>();
        foreach (var row in english)
        {
            var id = "ZH-" + row.Id;
            ids.Add(id);
            if (await db.BankItems.AnyAsync(i => i.Id == id)) continue;
            db.BankItems.Add(new BankItem
            {
                Id = id, Version = 1, Bank = Bank.Sjt, Language = "zh-Hans", Title = row.Title, PostTypes = row.PostTypes, Competencies = row.Competencies,
                Content = row.Content.Replace($"\"id\":\"{row.Id}\"", $"\"id\":\"{id}\""), ContentHash = row.ContentHash, SourceFile = "seed/zh-Hans/assessments/sjt-test.yaml",
            });
        }
        await db.SaveChangesAsync();
        return ids;
    });

    [Fact]
    public async Task A_chinese_post_draws_its_situational_judgement_form_from_the_chinese_bank_and_an_english_post_never_does()
    {
        var chinese = await ChineseSjtAsync();

        var zh = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 25, 60, 1));
        await app.WithDbAsync(async db =>
        {
            var post = await db.Applications.Where(a => a.Id == zh.ApplicationId).Select(a => a.Post!).SingleAsync();
            post.Language = "zh-Hans";
            return await db.SaveChangesAsync();
        });
        var zhForm = AttemptForms.Read(await zh.AttemptAsync(await zh.StartAsync(TestKind.Sjt))).Answerable().Select(i => i.Id).ToList();

        var en = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 25, 60, 1));
        var enForm = AttemptForms.Read(await en.AttemptAsync(await en.StartAsync(TestKind.Sjt))).Answerable().Select(i => i.Id).ToList();

        Assert.NotEmpty(zhForm);
        Assert.All(zhForm, id => Assert.Contains(id, chinese));
        Assert.NotEmpty(enForm);
        Assert.DoesNotContain(enForm, chinese.Contains);
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
