using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Seeding.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Hiring.E2E.Candidate;

/// <summary>
/// The app with a 20 s grace period on a database the tests open (to bring a test's deadline a few seconds away, and to
/// read the answer key), and a browser. Each test takes the situational judgement test as a candidate of its own.
/// </summary>
public sealed class GraceFixture : AppOnDatabase
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    protected override Dictionary<string, string> Prepare(TestDatabase db) =>
        new() { ["Assessments:GraceSeconds"] = Grace.TotalSeconds.ToString(CultureInfo.InvariantCulture) };

    /// <summary>A new candidate, signing in with the demo password, invited to the tests of the demo candidate's post.</summary>
    public Task<string> NewCandidateAsync() => Db.WithAsync(async db =>
    {
        var demo = await db.Users.SingleAsync(u => u.Email == "candidate@demo.hiring.local");
        var post = await db.Applications.Where(a => a.CandidateId == demo.Id).Select(a => a.Post!).FirstAsync();
        var role = await db.Roles.Where(r => r.Name == Roles.Candidate).Select(r => r.Id).SingleAsync();
        var email = $"late-{Guid.NewGuid():N}@example.com";
        var now = DateTime.UtcNow;
        var user = new ApplicationUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
            DisplayName = "Lena Late", PasswordHash = demo.PasswordHash, SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = now,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role });
        db.Applications.Add(Invited(post, user));
        await db.SaveChangesAsync();
        return email;
    });

    /// <summary>Brings the attempt's deadline to <paramref name="from"/> from now (bumping its version, as every writer does).</summary>
    public Task<DateTime> DeadlineInAsync(Guid attempt, TimeSpan from) => Db.WithAsync(async db =>
    {
        var deadline = DateTime.UtcNow + from;
        await db.Attempts.Where(a => a.Id == attempt)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DeadlineAt, deadline).SetProperty(a => a.Version, a => a.Version + 1));
        return deadline;
    });

    /// <summary>The keyed best and worst responses of an SJT item: marked most and least effective, the item scores in full.</summary>
    public Task<(string Best, string Worst)> KeyAsync(string itemId) => Db.WithAsync(async db =>
    {
        var item = (SjtItem)BankContent.Parse(await db.BankItems.AsNoTracking().FirstAsync(i => i.Id == itemId && i.IsCurrent));
        return (item.Options.MaxBy(o => o.Rating)!.Id, item.Options.MinBy(o => o.Rating)!.Id);
    });

    public Task<Attempt> AttemptAsync(Guid id) => Db.WithAsync(db => db.Attempts.AsNoTracking().Include(a => a.Answers).SingleAsync(a => a.Id == id));
}

/// <summary>
/// Issue 21, items 2 and 3, scaled down: the connection is lost seconds before a test ends, an answer is given offline, the
/// deadline passes and the connection returns inside the grace period. The answer is stored and counted whether the page
/// stays open or is opened again, and a page opened after the deadline neither throws nor loses what is queued.
/// </summary>
public sealed class TestEdgesAtTheDeadlineTests(GraceFixture fixture) : IClassFixture<GraceFixture>
{
    /// <summary>When the connection returns: later than the 4 s the page gives its queue at the end, inside the 20 s grace.</summary>
    private static readonly TimeSpan BackAfterDeadline = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task An_answer_given_offline_before_the_end_counts_when_the_connection_returns_to_the_open_page()
    {
        var (page, attempt, deadline, item) = await AnswerOfflineBeforeTheEndAsync();
        var thrown = Errors(page, console: false);
        // Time is up while offline: the page keeps the answer and says it waits for the connection.
        await Expect(page.Locator("#closed-banner")).ToContainTextAsync("submitted when the connection returns", new() { Timeout = 30_000 });
        await UntilAsync(deadline + BackAfterDeadline);
        await page.Context.SetOfflineAsync(false);

        await AssertCountedAsync(page, attempt, item);
        Assert.Empty(thrown);
    }

    [Fact]
    public async Task An_answer_given_offline_before_the_end_counts_when_the_page_is_opened_again_inside_the_grace()
    {
        var (page, attempt, deadline, item) = await AnswerOfflineBeforeTheEndAsync();
        await UntilAsync(deadline + BackAfterDeadline);
        var reopened = await page.Context.NewPageAsync();
        await page.CloseAsync();
        await reopened.Context.SetOfflineAsync(false);

        // Opened after the deadline: no script error, the queued answer is sent, the result shows.
        var errors = Errors(reopened, console: true);
        await reopened.GotoAsync($"/Candidate/Tests/Take/{attempt}");
        await AssertCountedAsync(reopened, attempt, item);
        Assert.Empty(errors);
    }

    /// <summary>
    /// A new candidate starts the test; its deadline is brought 15 s away and the page reloaded; the connection drops and
    /// the first situation is answered with its keyed best and worst responses (kept in localStorage).
    /// </summary>
    private async Task<(IPage Page, Guid Attempt, DateTime Deadline, string Item)> AnswerOfflineBeforeTheEndAsync()
    {
        var page = await AppAndBrowser.StartTestAsync(fixture.Browser, fixture.App, await fixture.NewCandidateAsync(), "Situational judgement");
        var attempt = Guid.Parse(new Uri(page.Url).Segments[^1]);
        var deadline = await fixture.DeadlineInAsync(attempt, TimeSpan.FromSeconds(15));
        await page.ReloadAsync();
        await Expect(page.Locator("#timer-value")).ToHaveTextAsync(new Regex(@"^00:(0\d|1[0-5])$"));

        var section = page.Locator("section.item.sjt").First;
        var item = await section.GetAttributeAsync("data-item") ?? "";
        var (best, worst) = await fixture.KeyAsync(item);
        await page.Context.SetOfflineAsync(true);
        await section.Locator($"fieldset[data-role=most] input[value='{best}']").CheckAsync();
        await section.Locator($"fieldset[data-role=least] input[value='{worst}']").CheckAsync();
        await Expect(page.Locator("#offline-banner")).ToBeVisibleAsync();
        Assert.True(DateTime.UtcNow < deadline - TimeSpan.FromSeconds(2), "the machine was too slow to answer well before the deadline");
        Assert.Null((await fixture.AttemptAsync(attempt)).Answers.SingleOrDefault(a => a.ItemId == item));
        return (page, attempt, deadline, item);
    }

    /// <summary>The result page shows, the answer is stored as given and it is the whole score (one situation of all, in full).</summary>
    private async Task AssertCountedAsync(IPage page, Guid attempt, string item)
    {
        await AppAndBrowser.LandsOnAsync(page, $"/Candidate/Tests/Result/{attempt}", fixture.App);
        var stored = await fixture.AttemptAsync(attempt);
        Assert.NotNull(stored.SubmittedAt);
        var answer = Assert.Single(stored.Answers);
        Assert.Equal(item, answer.ItemId);
        var total = AttemptForms.Read(stored).Answerable().Count();
        Assert.Equal(100.0 / total, stored.Percent ?? 0, 0.1);
        await Expect(page.Locator("#result-percent")).ToHaveTextAsync($"{stored.Percent:0.#}%");
    }

    /// <summary>What the page's scripts throw from now on (and, with <paramref name="console"/>, what they log as errors).</summary>
    private static List<string> Errors(IPage page, bool console)
    {
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        if (console) page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        return errors;
    }

    /// <summary>Waits for a moment of the scenario (the deadline, the connection's return): the only waiting by the clock here.</summary>
    private static async Task UntilAsync(DateTime utc)
    {
        var left = utc - DateTime.UtcNow;
        if (left > TimeSpan.Zero) await Task.Delay(left);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
