using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>"Apply to all N matching": the post carries the filter, the server finds the matches again, all or nothing.</summary>
public abstract class SelectAllMatchingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task All_matching_moves_every_match_on_every_page_and_nothing_else()
    {
        var post = await Given.PostAsync(app);
        var matches = await ManyAsync(post, 55, Stage.Tested, 70);
        var below = await ManyAsync(post, 1, Stage.Tested, 40);
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Stage=Tested&MinScore=60");
        Assert.Equal(50, list.QuerySelectorAll("#bulk input[name=Selected]").Length);
        Assert.Contains("Apply to all 55 matching this filter", list.QuerySelector("#all-matching")!.TextContent);

        var response = await recruiter.SubmitAsync(list, new Dictionary<string, string> { ["AllMatching"] = "true", ["BulkAction"] = "Shortlist" }, "#bulk");

        var (_, after) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("55 applications moved", after.Body!.TextContent);
        var stages = await StagesAsync(post);
        Assert.All(matches, id => Assert.Equal(Stage.Shortlisted, stages[id]));
        Assert.Equal(Stage.Tested, stages[below.Single()]);
    }

    [Fact]
    public async Task The_zip_of_reports_takes_all_matching_too_and_only_them()
    {
        var post = await Given.PostAsync(app);
        await ManyAsync(post, 3, Stage.Tested, 70);
        await ManyAsync(post, 1, Stage.Tested, 40);
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Stage=Tested&MinScore=60");
        var action = list.QuerySelector("#zip-button")!.GetAttribute("formaction")!;
        var token = list.QuerySelector<IHtmlInputElement>("#bulk input[name=__RequestVerificationToken]")!.Value;

        var response = await recruiter.Http.PostAsync(action, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("AllMatching", "true"), new("MatchCount", "3")]));

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(3, zip.Entries.Count);
    }

    [Fact]
    public async Task All_matching_changes_nothing_when_one_match_cannot_move()
    {
        var post = await Given.PostAsync(app);
        await ManyAsync(post, 3, Stage.Tested, 70);
        var applied = await ManyAsync(post, 1, Stage.Applied, null);
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}");

        var response = await recruiter.SubmitAsync(list, new Dictionary<string, string> { ["AllMatching"] = "true", ["BulkAction"] = "Shortlist" }, "#bulk");

        var (_, after) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Nothing was changed", after.Body!.TextContent);
        var stages = await StagesAsync(post);
        Assert.Equal(3, stages.Values.Count(s => s == Stage.Tested));
        Assert.Equal(Stage.Applied, stages[applied.Single()]);
    }

    [Fact]
    public async Task All_matching_stops_if_the_matches_changed_since_the_list_was_shown()
    {
        var post = await Given.PostAsync(app);
        await ManyAsync(post, 2, Stage.Tested, 70);
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Stage=Tested");
        await ManyAsync(post, 1, Stage.Tested, 65);

        var response = await recruiter.SubmitAsync(list, new Dictionary<string, string> { ["AllMatching"] = "true", ["BulkAction"] = "Shortlist" }, "#bulk");

        var (_, after) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Nothing was changed: 3 applications match this filter now, not the 2 the list showed.", after.Body!.TextContent);
        Assert.All((await StagesAsync(post)).Values, s => Assert.Equal(Stage.Tested, s));
    }

    private Task<Dictionary<Guid, Stage>> StagesAsync(Post post) =>
        app.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.PostId == post.Id).ToDictionaryAsync(a => a.Id, a => a.Stage));

    /// <summary>Applications straight in the database, each with a candidate account of its own (no password: they never sign in).</summary>
    private Task<List<Guid>> ManyAsync(Post post, int count, Stage stage, double? score) => app.WithDbAsync(async db =>
    {
        var ids = new List<Guid>();
        var applied = DateTime.UtcNow.AddDays(-3);
        for (var i = 0; i < count; i++)
        {
            var email = $"many-{Guid.NewGuid():N}@example.com";
            var user = new ApplicationUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = "Many", CreatedAt = DateTime.UtcNow, SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(user);
            var a = new Application { PostId = post.Id, CandidateId = user.Id, Stage = stage, AppliedAt = applied, StageChangedAt = applied,
                CompositeScore = score, FullName = $"Many {i}", Screening = new Screening { ShiftsAvailable = "Early" } };
            db.Applications.Add(a);
            ids.Add(a.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    });
}

public class SqliteSelectAllMatchingTests(RecruitingSqliteApp app) : SelectAllMatchingTests<RecruitingSqliteApp>(app);
public class PostgresSelectAllMatchingTests(RecruitingPostgresApp app) : SelectAllMatchingTests<RecruitingPostgresApp>(app);
