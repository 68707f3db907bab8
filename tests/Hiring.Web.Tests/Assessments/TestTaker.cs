using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Assessments;

/// <summary>
/// A fresh candidate, signed in, with an application in Testing on a post of its own whose battery
/// the test chooses; and the calls the test page makes (start, save, heartbeat, submit).
/// </summary>
public sealed class TestTaker
{
    public const string Password = "correct horse battery staple";
    private readonly HiringApp _app;
    private string _token = "";
    public PageClient Client { get; }
    public string UserId { get; private set; } = "";
    public Guid ApplicationId { get; private set; }
    public Dictionary<TestKind, int> Tests { get; } = [];

    private TestTaker(HiringApp app) => (_app, Client) = (app, new PageClient(app));

    public static async Task<TestTaker> NewAsync(HiringApp app, double factor = 1.0, bool creditOutages = false, params (TestKind Kind, int Minutes, double PassMark, double Weight)[] battery)
    {
        var taker = new TestTaker(app);
        var email = $"taker-{Guid.NewGuid():N}@example.com";
        var now = app.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Candidate", CreatedAt = now };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Candidate);
            taker.UserId = user.Id;
            var db = scope.ServiceProvider.GetRequiredService<Hiring.Web.Data.HiringDbContext>();
            var post = new Post
            {
                Title = $"Fixture post {Guid.NewGuid():N}"[..24], PostType = PostType.Inbound, Status = PostStatus.Open, CreatedAt = now,
                Battery = [.. battery.Select(b => new BatteryTest { Kind = b.Kind, TimeLimitMinutes = b.Minutes, PassMark = b.PassMark, Weight = b.Weight, CreditOutages = creditOutages })],
            };
            db.Posts.Add(post);
            var application = new Application
            {
                Post = post, CandidateId = user.Id, Stage = Stage.Testing, AppliedAt = now.AddDays(-2), StageChangedAt = now.AddDays(-1),
                TestsInvitedAt = now.AddDays(-1), TestsDueAt = now.AddDays(4), AccommodationFactor = factor,
            };
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            taker.ApplicationId = application.Id;
            foreach (var t in post.Battery) taker.Tests[t.Kind] = t.Id;
        }
        Assert.Equal(HttpStatusCode.Redirect, (await taker.Client.LogInAsync(email, Password)).StatusCode);
        return taker;
    }

    /// <summary>Presses Start for the test on /Candidate/Tests and returns the attempt it lands on.</summary>
    public async Task<Guid> StartAsync(TestKind kind)
    {
        var (_, page) = await Client.GetPageAsync("/Candidate/Tests");
        var started = await Client.SubmitAsync(page, new Dictionary<string, string>(), $"tr[data-testid='test-{Tests[kind]}'] form");
        Assert.True(started.StatusCode == HttpStatusCode.Redirect, $"{started.StatusCode}: {started.RequestMessage!.RequestUri} {page.QuerySelector($"tr[data-testid='test-{Tests[kind]}'] form")?.OuterHtml}");
        var location = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/Candidate/Tests/Take/", location);
        return Guid.Parse(location["/Candidate/Tests/Take/".Length..]);
    }

    /// <summary>The antiforgery token the test page's script sends in its header (read once from the page).</summary>
    public async Task<string> TokenAsync(Guid attempt)
    {
        if (_token.Length > 0) return _token;
        var (_, page) = await Client.GetPageAsync($"/Candidate/Tests/Take/{attempt}");
        return _token = page.QuerySelector("#test-form")?.GetAttribute("data-token")
            ?? throw new InvalidOperationException("No antiforgery token on the test page");
    }

    public async Task<(HttpStatusCode Status, JsonElement Body, string Raw)> PostJsonAsync(Guid attempt, string handler, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/Candidate/Tests/Take/{attempt}/{handler}") { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", await TokenAsync(attempt));
        var response = await Client.Http.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, raw.Length > 0 && raw.TrimStart().StartsWith('{') ? JsonDocument.Parse(raw).RootElement.Clone() : default, raw);
    }

    public Task<(HttpStatusCode Status, JsonElement Body, string Raw)> SaveAsync(Guid attempt, string itemId, long seq, object value) =>
        PostJsonAsync(attempt, "Save", new { itemId, seq, value });

    public Task<(HttpStatusCode Status, JsonElement Body, string Raw)> HeartbeatAsync(Guid attempt, object? integrity = null) =>
        PostJsonAsync(attempt, "Heartbeat", integrity ?? new { });

    /// <summary>Submits the test page's form as it stands, plus <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(Guid attempt, IDictionary<string, string>? fields = null)
    {
        var (response, page) = await Client.GetPageAsync($"/Candidate/Tests/Take/{attempt}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Client.SubmitAsync(page, fields ?? new Dictionary<string, string>(), "#test-form");
    }

    public Task<Attempt> AttemptAsync(Guid id) => _app.WithDbAsync(db => db.Attempts.AsNoTracking().Include(a => a.Answers).SingleAsync(a => a.Id == id));
    /// <summary>Sets the language of the post applied to ("zh-Hans": its tests draw the Chinese items).</summary>
    public Task<int> PostInAsync(string language) => _app.WithDbAsync(async db =>
    {
        (await db.Applications.Where(a => a.Id == ApplicationId).Select(a => a.Post!).SingleAsync()).Language = language;
        return await db.SaveChangesAsync();
    });

    public Task<Application> ApplicationAsync() => _app.WithDbAsync(db => db.Applications.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == ApplicationId));
}
