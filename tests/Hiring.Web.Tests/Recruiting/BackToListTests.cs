using Hiring.Core.Recruiting;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>"Back to the list" on an applicant returns to the filtered list the recruiter came from, and only to it.</summary>
public abstract class BackToListTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Back_to_the_list_returns_to_the_same_filtered_list()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Tested, 66, "Yan Backlink");
        var recruiter = await Given.RecruiterAsync(app);
        var listUrl = $"/Recruiting/Applications?PostId={post.Id}&Stage=Tested&Q=backlink&Sort=NewestFirst";
        var (_, list) = await recruiter.GetPageAsync(listUrl);

        var (_, details) = await recruiter.GetPageAsync(list.QuerySelector("#bulk tbody a")!.GetAttribute("href")!);

        Assert.Equal(listUrl, details.QuerySelector("#back-to-list")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Acting_on_the_applicant_keeps_the_way_back_to_the_list()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Tested, 67, "Yul Actedon");
        var recruiter = await Given.RecruiterAsync(app);
        var listUrl = $"/Recruiting/Applications?PostId={post.Id}&Q=actedon";
        var (_, list) = await recruiter.GetPageAsync(listUrl);
        var (_, details) = await recruiter.GetPageAsync(list.QuerySelector("#bulk tbody a")!.GetAttribute("href")!);

        foreach (var (form, fields) in new[] { ("#note-form", new Dictionary<string, string> { ["note"] = "Called back, keen." }),
                     ("#move-form", new Dictionary<string, string> { ["to"] = "Shortlisted" }) })
        {
            var response = await recruiter.SubmitAsync(details, fields, form);
            (_, details) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);
            Assert.Equal(listUrl, details.QuerySelector("#back-to-list")!.GetAttribute("href"));
        }
        Assert.Contains("Called back, keen.", details.Body!.TextContent);
    }

    [Theory]
    [InlineData("https://evil.example/Recruiting/Applications")]
    [InlineData("//evil.example/Recruiting/Applications")]
    [InlineData("/Recruiting/ApplicationsEvil")]
    [InlineData("/Account/Logout")]
    public async Task A_back_address_that_is_not_the_list_is_ignored(string back)
    {
        var post = await Given.PostAsync(app);
        var applicant = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Zed Elsewhere");
        var recruiter = await Given.RecruiterAsync(app);

        var (_, details) = await recruiter.GetPageAsync($"/Recruiting/Applications/Details/{applicant.Id}?back={Uri.EscapeDataString(back)}");

        Assert.Equal($"/Recruiting/Applications?PostId={post.Id}", details.QuerySelector("#back-to-list")!.GetAttribute("href"));
    }
}

public class SqliteBackToListTests(SqliteApp app) : BackToListTests<SqliteApp>(app);
public class PostgresBackToListTests(PostgresApp app) : BackToListTests<PostgresApp>(app);
