using System.Net;
using AngleSharp.Html.Dom;
using Hiring.Web.Data;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hiring.Web.Tests.Security;

/// <summary>Requests that used to end in a 500 (issue 14, item 9): each now gets the answer it deserves.</summary>
public abstract class ServerErrorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ProductionApp
{
    [Fact]
    public async Task A_note_on_an_application_that_does_not_exist_is_404_and_stores_nothing()
    {
        var id = await app.WithDbAsync(db => db.Applications.Select(a => a.Id).FirstAsync());
        var recruiter = await Given.RecruiterAsync(app);
        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Applications/Details/{id}");
        var form = (IHtmlFormElement)page.QuerySelector("#note-form")!;
        var missing = Guid.NewGuid();
        form.SetAttribute("action", $"/Recruiting/Applications/Details/{missing}?handler=Note");

        var response = await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["note"] = "A note for nobody" }, "#note-form");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ApplicationNotes.CountAsync(n => n.ApplicationId == missing)));
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("OPTIONS")]
    public async Task An_unexpected_method_on_the_test_save_url_is_405(string method)
    {
        var candidate = new PageClient(app);
        await candidate.LogInAsync("candidate@demo.hiring.local", Given.DemoPassword);

        var response = await candidate.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/Candidate/Tests/Take/{Guid.NewGuid()}/Save"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/Account/Login", null)]
    [InlineData("/Account/Register", "http")]
    public async Task Plain_http_to_a_page_with_a_form_is_a_clear_400_and_the_log_names_the_header(string url, string? forwardedProto)
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("HTTPS is required", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(app.Log.Lines, l => l.Contains(url) && l.Contains("X-Forwarded-Proto"));
        // Health checks from the proxy come over plain HTTP and must keep working.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }
}

/// <summary>The app as deployed: Production environment (error page, HSTS, secure cookies), with its log kept.</summary>
public abstract class ProductionApp : HiringApp
{
    public LogCapture Log { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Mail:PublicBaseUrl"] = "https://localhost" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(Log));
    }
}

public class SqliteProductionApp : ProductionApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresProductionApp : ProductionApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public class ServerErrorTests_Sqlite(SqliteProductionApp app) : ServerErrorTests<SqliteProductionApp>(app);
public class ServerErrorTests_Postgres(PostgresProductionApp app) : ServerErrorTests<PostgresProductionApp>(app);
