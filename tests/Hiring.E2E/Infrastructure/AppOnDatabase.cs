using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.Playwright;

namespace Hiring.E2E.Infrastructure;

/// <summary>
/// The app as a real process on a SQLite database the test opens too (to check what was stored, or to move a deadline),
/// with settings of the fixture's own, and a browser: the base of fixtures that need more than <see cref="AppAndBrowser"/>.
/// </summary>
public abstract class AppOnDatabase : IAsyncLifetime
{
    public TestDatabase Db { get; private set; } = null!;
    public AppProcess App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright _playwright = null!;

    /// <summary>The settings beyond the database's; the data folder exists by then, for files the app should find there.</summary>
    protected abstract Dictionary<string, string> Prepare(TestDatabase db);

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        App = new AppProcess(Db.AppSettings(Prepare(Db)), Db.DataFolder);
        await App.StartAsync();
        (_playwright, Browser) = await Infrastructure.Browser.LaunchAsync();
    }

    /// <summary>What a recruiter's "invite to tests" leaves behind: an application in Testing on <paramref name="post"/>.</summary>
    public static Application Invited(Post post, ApplicationUser candidate)
    {
        var now = DateTime.UtcNow;
        var application = new Application
        {
            PostId = post.Id, CandidateId = candidate.Id, Stage = Stage.Applied, AppliedAt = now.AddDays(-1), StageChangedAt = now.AddDays(-1),
            ConsentedAt = now.AddDays(-1), FullName = candidate.DisplayName, TestsInvitedAt = now, TestsDueAt = now.AddDays(post.CompleteTestsWithinDays),
        };
        Assert.True(application.TryMoveTo(Stage.Testing, null, "Invited to the assessment battery", now));
        return application;
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}
