using Hiring.Web.Demo;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Seeding;

/// <summary>The product's default: the app listens first and makes the demo after, whole, in one transaction.</summary>
public abstract class DemoInBackgroundTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task The_app_answers_while_the_demo_is_made_after_start_up_and_the_demo_arrives_whole()
    {
        var client = new PageClient(app);
        var home = await client.GetAsync("/");
        Assert.True(home.IsSuccessStatusCode, $"GET / answered {(int)home.StatusCode}");

        var demo = app.Service<DemoInBackground>();
        Assert.True(demo.Applies);
        await demo.Ready.WaitAsync(TimeSpan.FromMinutes(3));

        var made = await app.WithDbAsync(async db => new
        {
            Logins = await db.Users.CountAsync(u => u.IsDemo && u.Email!.EndsWith("@demo.hiring.local")),
            Applications = await db.Applications.CountAsync(a => a.Candidate!.IsDemo),
            Submitted = await db.Attempts.CountAsync(a => a.SubmittedAt != null),
            Interviews = await db.Interviews.CountAsync(),
            ChinesePosts = await db.Posts.CountAsync(p => p.Language == Web.Localization.Cultures.ChineseSimplified),
        });
        Assert.Equal(DemoLogins.All.Count, made.Logins);
        Assert.Equal(BackgroundDemo.Applicants + DemoChinese.Stages.Length, made.Applications);
        Assert.True(made.Submitted > 0, "no demo attempt was submitted");
        Assert.True(made.Interviews > 0, "no demo interview was booked");
        Assert.Equal(1, made.ChinesePosts);
        var login = await client.LogInAsync(DemoLogins.All[1].Email, new DemoOptions().Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode); // a refused login shows the form again

        // Made once: a second pass over a database that has the demo adds nothing.
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureIfEnabledAsync();
        Assert.Equal(made.Applications, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.Candidate!.IsDemo)));
    }
}

internal static class BackgroundDemo
{
    public const int Applicants = 30;

    public static IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Demo:InBackground"] = "true", ["Demo:Applicants"] = Applicants.ToString(),
    };
}

public sealed class BackgroundDemoSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => BackgroundDemo.Settings;
}

public sealed class BackgroundDemoPostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> Settings => BackgroundDemo.Settings;
}

public class DemoInBackgroundTests_Sqlite(BackgroundDemoSqliteApp app) : DemoInBackgroundTests<BackgroundDemoSqliteApp>(app);
public class DemoInBackgroundTests_Postgres(BackgroundDemoPostgresApp app) : DemoInBackgroundTests<BackgroundDemoPostgresApp>(app);
