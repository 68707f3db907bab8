using System.Net;
using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

/// <summary>The battery on the real banks in seed/: full forms draw, every page renders, no rationale leaks.</summary>
public abstract class RealBankTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Theory]
    [InlineData(TestKind.Sjt, 20)]
    [InlineData(TestKind.Literacy, 34)]  // 30 questions + the 4 interactive tasks
    [InlineData(TestKind.Typing, 1)]
    public async Task A_full_form_is_drawn_from_the_real_bank_and_renders(TestKind kind, int answerable)
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (kind, 20, 60, 1));
        var id = await taker.StartAsync(kind);
        var (response, page) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"0 of {answerable}", page.QuerySelector("#progress-text")!.TextContent);
        await AssertNoRationaleAsync(id, page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_reading_form_is_two_real_passages_with_their_questions()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Reading, 15, 60, 1));
        var id = await taker.StartAsync(TestKind.Reading);
        var form = AttemptForms.Read(await taker.AttemptAsync(id));
        Assert.Equal(2, form.Items.Count(i => i.Part == ItemPart.Passage));
        var (_, page) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        Assert.Equal(2, page.QuerySelectorAll("[data-passage]").Length);
        Assert.Empty(page.QuerySelectorAll("fieldset[data-part=Question]")); // recall mode: questions only once read
        Assert.All(page.QuerySelectorAll("[data-passage]"), step =>
        {
            Assert.NotEmpty(step.QuerySelectorAll(".passage h3")); // every real passage is a policy read by its sub-headings
            var warning = step.QuerySelector(".notice")!;
            Assert.Contains("no longer shown", warning.TextContent);
            Assert.Equal(warning.Id, step.QuerySelector("[data-read-button]")!.GetAttribute("aria-describedby"));
        });

        var seq = 1;
        foreach (var passage in form.Items.Where(i => i.Part == ItemPart.Passage))
            await taker.SaveAsync(id, passage.Id, seq++, new { @event = "read" });
        (_, page) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        Assert.Equal(form.Answerable().Count(), page.QuerySelectorAll("fieldset[data-part=Question]").Length);
        Assert.Empty(page.QuerySelectorAll(".passage")); // and the passage is no longer served
    }

    private async Task AssertNoRationaleAsync(Guid attemptId, string html)
    {
        var ids = AttemptForms.Read(await app.WithDbAsync(db => db.Attempts.AsNoTracking().SingleAsync(a => a.Id == attemptId))).Items.Select(i => i.Id).ToList();
        var rows = await app.WithDbAsync(db => db.BankItems.AsNoTracking().Where(b => ids.Contains(b.Id) && b.Bank == Bank.Sjt).ToListAsync());
        foreach (var option in rows.SelectMany(r => JsonSerializer.Deserialize<SjtItem>(r.Content, SeedLoader.Json)!.Options))
        {
            Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(option.Rationale), html);
            Assert.DoesNotContain(option.Rationale, html);
        }
        Assert.DoesNotContain("rationale", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"rating\"", html, StringComparison.OrdinalIgnoreCase);
    }
}

public class RealBankTests_Sqlite(SqliteApp app) : RealBankTests<SqliteApp>(app);
public class RealBankTests_Postgres(PostgresApp app) : RealBankTests<PostgresApp>(app);
