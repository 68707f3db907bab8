using Hiring.Core.Recruiting;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The active filters above the list, each in words and a link to the list without it.</summary>
public abstract class FilterChipTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Each_active_filter_is_a_chip_in_words_that_removes_only_itself()
    {
        var post = await Given.PostAsync(app);
        var kept = await Given.ApplicationAsync(app, post, Stage.Tested, 75, "Wyn Chipped");
        var shortlisted = await Given.ApplicationAsync(app, post, Stage.Shortlisted, 80, "Xia Shortlisted");
        var recruiter = await Given.RecruiterAsync(app);

        var (_, test) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Test=Sjt&MinTestScore=50&KnockedOut=false");
        Assert.Equal(["Post: " + post.Title, "No knock-out answer", "Situational judgement from 50 %"], test.QuerySelectorAll(".list-chip [data-content]").Select(c => c.TextContent));

        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Stage=Tested&MinScore=60&Q=%20chipped&Sort=ScoreDesc");
        var chips = list.QuerySelectorAll(".list-chip").ToDictionary(c => c.QuerySelector("[data-content]")!.TextContent, c => c.GetAttribute("href")!);
        Assert.Equal(["Search: chipped", "Post: " + post.Title, "Stage: Tested", "Score from 60"], chips.Keys);

        var withoutStage = chips["Stage: Tested"];
        Assert.DoesNotContain("Stage=", withoutStage);
        Assert.Contains("MinScore=60", withoutStage);
        Assert.Contains($"PostId={post.Id}", withoutStage);
        var (_, without) = await recruiter.GetPageAsync(chips["Search: chipped"]);
        Assert.Equal([kept.Id], ApplicationSearchTests<TApp>.Ids(without));
        Assert.DoesNotContain(without.QuerySelectorAll(".list-chip"), c => c.TextContent.Contains("Search"));
        Assert.Equal(3, without.QuerySelectorAll(".list-chip").Length);

        (_, without) = await recruiter.GetPageAsync(without.QuerySelectorAll(".list-chip").Single(c => c.TextContent.Contains("Stage: Tested")).GetAttribute("href")!);
        Assert.Contains(shortlisted.Id, ApplicationSearchTests<TApp>.Ids(without));
        var clear = without.QuerySelector(".list-chips-clear")!.GetAttribute("href")!;
        Assert.DoesNotContain("PostId", clear);
    }
}

public class SqliteFilterChipTests(SqliteApp app) : FilterChipTests<SqliteApp>(app);
public class PostgresFilterChipTests(PostgresApp app) : FilterChipTests<PostgresApp>(app);
