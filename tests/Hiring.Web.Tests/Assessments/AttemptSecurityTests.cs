using System.Net;
using Hiring.Core.Assessments;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Assessments;

public abstract class AttemptSecurityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    // What would give the key away: the fixture's rationales, key field names and values, and expected task values.
    private static readonly string[] Keys = [FixtureBank.Secret, "rating", "rationale", "correct", "expected", "casefold", "Nowak", "0113 496 0000", "\"match\""];

    private static void AssertNoKeys(string text, string where)
    {
        foreach (var key in Keys)
            Assert.False(text.Contains(key, StringComparison.OrdinalIgnoreCase), $"{where} contains '{key}'");
    }

    [Fact]
    public async Task Another_candidate_can_neither_read_nor_write_an_attempt()
    {
        var owner = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var id = await owner.StartAsync(TestKind.Sjt);
        var intruder = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var own = await intruder.StartAsync(TestKind.Sjt);
        await intruder.TokenAsync(own); // a valid token of the intruder's own

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Client.GetAsync($"/Candidate/Tests/Take/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Client.GetAsync($"/Candidate/Tests/Result/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.SaveAsync(id, "SJT-F1", 1, new { most = "D", least = "A" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.HeartbeatAsync(id)).Status);
        var submit = await intruder.Client.Http.PostAsync($"/Candidate/Tests/Take/{id}/Submit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await intruder.TokenAsync(own) }));
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);

        var attempt = await owner.AttemptAsync(id);
        Assert.Empty(attempt.Answers);
        Assert.Null(attempt.SubmittedAt);
    }

    [Fact]
    public async Task Staff_pages_refuse_candidates_and_test_pages_refuse_anonymous_visitors()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var id = await taker.StartAsync(TestKind.Sjt);
        var staff = await taker.Client.GetAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        Assert.StartsWith("/Account/AccessDenied", staff.Headers.Location!.PathAndQuery(app));
        var anonymous = await new Infrastructure.PageClient(app).GetAsync($"/Candidate/Tests/Take/{id}");
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.PathAndQuery(app));
    }

    [Fact]
    public async Task A_save_without_the_antiforgery_token_is_refused()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var id = await taker.StartAsync(TestKind.Sjt);
        var response = await taker.Client.Http.PostAsync($"/Candidate/Tests/Take/{id}/Save",
            System.Net.Http.Json.JsonContent.Create(new { itemId = "SJT-F1", seq = 1, value = new { most = "A" } }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await taker.AttemptAsync(id)).Answers);
    }

    [Theory]
    [InlineData(TestKind.Sjt, "SJT-F1", "{\"most\":\"A\",\"least\":\"D\"}")]
    [InlineData(TestKind.Literacy, "LIT-TF1", "{\"fields\":{\"surname\":\"x\"}}")]
    [InlineData(TestKind.Reading, "RD-F1-Q1", "{\"choice\":\"B\"}")]
    public async Task Answer_keys_never_reach_the_browser(TestKind kind, string item, string value)
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (kind, 10, 60, 1));
        var id = await taker.StartAsync(kind);
        if (kind == TestKind.Reading) await taker.SaveAsync(id, item[..item.LastIndexOf("-Q")], 100, new { @event = "read" });
        var (_, page) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        AssertNoKeys(page.DocumentElement.OuterHtml, "the test page");
        Assert.NotNull(page.QuerySelector($"[data-item='{item}']"));

        var saved = await taker.SaveAsync(id, item, 101, System.Text.Json.JsonDocument.Parse(value).RootElement);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        AssertNoKeys(saved.Raw, "the save response");
        AssertNoKeys((await taker.HeartbeatAsync(id)).Raw, "the heartbeat response");
        AssertNoKeys((await taker.SaveAsync(id, "nope", 102, new { choice = "A" })).Raw, "an error response");

        var submitted = await taker.SubmitFormAsync(id);
        var (_, result) = await taker.Client.GetPageAsync(submitted.Headers.Location!.OriginalString);
        Assert.NotNull(result.QuerySelector("[data-testid=result-summary]"));
        AssertNoKeys(result.DocumentElement.OuterHtml, "the result page");
        AssertNoKeys((await taker.SaveAsync(id, item, 3, System.Text.Json.JsonDocument.Parse(value).RootElement)).Raw, "a save after submission");
    }
}

public class AttemptSecurityTests_Sqlite(SqliteAttemptApp app) : AttemptSecurityTests<SqliteAttemptApp>(app);
public class AttemptSecurityTests_Postgres(PostgresAttemptApp app) : AttemptSecurityTests<PostgresAttemptApp>(app);
