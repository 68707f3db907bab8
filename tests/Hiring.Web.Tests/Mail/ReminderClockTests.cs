using Hiring.Core.Recruiting;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hiring.Web.Tests.Mail;

/// <summary>The app on a clock the test moves: the reminder's 24-hour window without waiting a day.</summary>
public interface IClockedApp
{
    FakeTimeProvider Clock { get; }
}

public class ClockedSqliteApp : RecruitingSqliteApp, IClockedApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public class ClockedPostgresApp : RecruitingPostgresApp, IClockedApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public abstract class ReminderClockTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp, IClockedApp
{
    [Fact]
    public async Task Reminder_waits_until_the_deadline_is_less_than_a_day_away()
    {
        var post = await Given.PostAsync(app);
        var due = app.Clock.GetUtcNow().UtcDateTime.AddHours(30);
        var applicant = await Given.ApplicationAsync(app, post, Stage.Testing, testsDueAt: due);
        var job = app.Service<TestReminderJob>();

        await job.RunOnceAsync();
        Assert.Equal(0, await RemindersAsync(applicant.Id));

        app.Clock.Advance(TimeSpan.FromHours(7)); // 23 hours left
        await job.RunOnceAsync();
        await job.RunOnceAsync();
        Assert.Equal(1, await RemindersAsync(applicant.Id));

        app.Clock.Advance(TimeSpan.FromHours(2)); // still due: no second reminder
        await job.RunOnceAsync();
        Assert.Equal(1, await RemindersAsync(applicant.Id));
        await app.Smtp.WaitForMessageAsync(applicant.Email, m => m.Subject.StartsWith("Reminder"));
    }

    private Task<int> RemindersAsync(Guid id) =>
        app.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.ApplicationId == id && m.TemplateKey == MailTemplateKeys.TestReminder));
}

public class ReminderClockTests_Sqlite(ClockedSqliteApp app) : ReminderClockTests<ClockedSqliteApp>(app);
public class ReminderClockTests_Postgres(ClockedPostgresApp app) : ReminderClockTests<ClockedPostgresApp>(app);
