using System.Net;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Assessments;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

/// <summary>A Chinese post draws its reading and computer-literacy tests from the real zh-Hans banks in seed/zh-Hans/
/// (issue 15, "The banks"), and the candidate reads them in Chinese.</summary>
public abstract class ChineseBankTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task The_chinese_reading_pool_is_the_chinese_passages_only()
    {
        var pools = await app.WithDbAsync(db => new BankContent(db).PoolsAsync(TestKind.Reading, "zh-Hans"));
        Assert.True(pools.Reading.Count >= 4, $"{pools.Reading.Count} Chinese passages");
        Assert.All(pools.Reading, p => Assert.StartsWith("RD-ZH-", p.Id));
        Assert.All(pools.Reading, p => Assert.True(p.Questions!.Count >= 4, $"{p.Id}: {p.Questions!.Count} questions"));
    }

    [Fact]
    public async Task A_chinese_post_draws_two_chinese_passages_and_the_take_page_shows_the_chinese_text()
    {
        var taker = await ChineseTakerAsync(TestKind.Reading);
        var id = await taker.StartAsync(TestKind.Reading);
        var passages = AttemptForms.Read(await taker.AttemptAsync(id)).Items.Where(i => i.Part == ItemPart.Passage).Select(i => i.Id).ToList();
        Assert.Equal(2, passages.Count);
        Assert.All(passages, p => Assert.StartsWith("RD-ZH-", p));

        var (response, page) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
        var shown = page.QuerySelectorAll("[data-passage]").Select(p => p.TextContent).ToList();
        Assert.Equal(2, shown.Count);
        Assert.All(shown, text => Assert.True(text.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 500, text));
    }

    [Fact]
    public async Task A_chinese_post_draws_its_literacy_test_from_the_chinese_items_and_tasks()
    {
        var pools = await app.WithDbAsync(db => new BankContent(db).PoolsAsync(TestKind.Literacy, "zh-Hans"));
        Assert.True(pools.Literacy.Count >= 20, $"{pools.Literacy.Count} Chinese literacy items");
        Assert.Equal(4, pools.LiteracyTasks.Count);

        var taker = await ChineseTakerAsync(TestKind.Literacy);
        var id = await taker.StartAsync(TestKind.Literacy);
        var form = AttemptForms.Read(await taker.AttemptAsync(id));
        Assert.Equal(pools.Literacy.Count + 4, form.Answerable().Count());
        Assert.All(form.Items, i => Assert.StartsWith("LIT-ZH-", i.Id));

        var (response, page) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = page.QuerySelectorAll("table.records th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("客户编号", headings);
        Assert.Contains("快递单号", headings);
        Assert.Contains("张静怡", page.QuerySelector("[data-item='LIT-ZH-T01'] .material")!.TextContent);
    }

    /// <summary>A candidate with a battery of one test on a post whose language is Simplified Chinese.</summary>
    private async Task<TestTaker> ChineseTakerAsync(TestKind kind)
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (kind, 30, 60, 1));
        await app.WithDbAsync(async db =>
        {
            (await db.Applications.Where(a => a.Id == taker.ApplicationId).Select(a => a.Post!).SingleAsync()).Language = "zh-Hans";
            return await db.SaveChangesAsync();
        });
        return taker;
    }
}

public class ChineseBankTests_Sqlite(SqliteApp app) : ChineseBankTests<SqliteApp>(app);
public class ChineseBankTests_Postgres(PostgresApp app) : ChineseBankTests<PostgresApp>(app);
