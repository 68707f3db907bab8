using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Account;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>A recruiter's saved views of the applicant list: theirs only, one name each, gone with their account.</summary>
public abstract class SavedViewTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private const string Name = "Inbound Manchester — tested, ≥ 60";

    [Fact]
    public async Task A_recruiter_saves_the_current_view_and_opens_it_from_the_list()
    {
        var (recruiter, _) = await RecruiterAsync();
        var (_, list) = await recruiter.GetPageAsync("/Recruiting/Applications?Stage=Tested&MinScore=60&Q=man&PageNumber=2");

        var saved = await recruiter.SubmitAsync(list, new Dictionary<string, string> { ["ViewName"] = Name }, "#save-view");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await recruiter.GetPageAsync(saved.Headers.Location!.OriginalString);
        var link = after.QuerySelectorAll(".list-views-list a").Single(a => a.TextContent == Name).GetAttribute("href")!;
        Assert.Contains("Stage=Tested", link);
        Assert.Contains("MinScore=60", link);
        Assert.Contains("Q=man", link);
        Assert.DoesNotContain("PageNumber", link);
        var (_, opened) = await recruiter.GetPageAsync(link);
        Assert.Contains("Stage: Tested", opened.QuerySelector(".list-chips")!.TextContent);
    }

    [Fact]
    public async Task The_same_name_again_is_refused_with_a_message_and_the_name_kept()
    {
        var (recruiter, id) = await RecruiterAsync();
        var (_, list) = await recruiter.GetPageAsync("/Recruiting/Applications?Stage=Tested");
        await recruiter.SubmitAsync(list, new Dictionary<string, string> { ["ViewName"] = Name }, "#save-view");

        var again = await recruiter.SubmitAsync(list, new Dictionary<string, string> { ["ViewName"] = Name }, "#save-view");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await PageClient.ParseAsync(again);
        Assert.Contains($"You already have a view called “{Name}”", page.QuerySelector("#ViewName-error")!.TextContent);
        Assert.Equal(Name, page.QuerySelector<IHtmlInputElement>("#ViewName")!.Value);
        Assert.Equal(1, await app.WithDbAsync(db => db.SavedViews.CountAsync(v => v.UserId == id)));
    }

    [Fact]
    public async Task Another_recruiter_neither_sees_nor_deletes_my_views()
    {
        var (mine, myId) = await RecruiterAsync();
        var (_, list) = await mine.GetPageAsync("/Recruiting/Applications?Stage=Applied");
        await mine.SubmitAsync(list, new Dictionary<string, string> { ["ViewName"] = "Mine only" }, "#save-view");
        var viewId = await app.WithDbAsync(db => db.SavedViews.Where(v => v.UserId == myId).Select(v => v.Id).SingleAsync());
        var (theirs, _) = await RecruiterAsync();

        var (_, theirList) = await theirs.GetPageAsync("/Recruiting/Applications");
        Assert.Empty(theirList.QuerySelectorAll(".list-views-list a"));
        var form = theirList.QuerySelector<IHtmlFormElement>("#save-view")!;
        form.SetAttribute("action", "/Recruiting/Applications?handler=DeleteView");
        var refused = await theirs.SubmitAsync(theirList, new Dictionary<string, string> { ["viewId"] = viewId.ToString() }, "#save-view");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.SavedViews.CountAsync(v => v.Id == viewId)));

        var (_, myList) = await mine.GetPageAsync("/Recruiting/Applications");
        var deleted = await mine.SubmitAsync(myList, new Dictionary<string, string>(), ".list-view-delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.SavedViews.CountAsync(v => v.Id == viewId)));
    }

    [Fact]
    public async Task Deleting_a_staff_account_deletes_its_views()
    {
        var (recruiter, id) = await RecruiterAsync();
        var (_, list) = await recruiter.GetPageAsync("/Recruiting/Applications");
        await recruiter.SubmitAsync(list, new Dictionary<string, string> { ["ViewName"] = "Soon gone" }, "#save-view");
        Assert.Equal(1, await app.WithDbAsync(db => db.SavedViews.CountAsync(v => v.UserId == id)));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(id))!)).Succeeded);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.SavedViews.CountAsync(v => v.UserId == id)));
    }

    private async Task<(PageClient Client, string Id)> RecruiterAsync()
    {
        var (email, id) = await TwoFactorSteps.NewAccountAsync(app, Roles.Recruiter);
        var client = new PageClient(app);
        await client.LogInAsync(email, TwoFactorSteps.Password);
        return (client, id);
    }
}

public class SqliteSavedViewTests(SqliteApp app) : SavedViewTests<SqliteApp>(app);
public class PostgresSavedViewTests(PostgresApp app) : SavedViewTests<PostgresApp>(app);
