using System.Net;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Infrastructure;
using static Hiring.Web.Tests.Account.TwoFactorSteps;

namespace Hiring.Web.Tests.Admin;

public abstract class AuditTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private const string Admin = "admin@demo.hiring.local", DemoPassword = "demo-password-2026";

    [Fact]
    public async Task A_role_change_is_audited_and_found_with_the_filters_and_in_the_CSV()
    {
        var (email, id) = await NewAccountAsync(app, Roles.Candidate);
        var admin = new PageClient(app);
        await admin.LogInAsync(Admin, DemoPassword);
        var (_, users) = await admin.GetPageAsync($"/Admin/Users?q={Uri.EscapeDataString(email)}&staff=false");
        var changed = await admin.SubmitAsync(users, new Dictionary<string, string> { ["role"] = "Recruiter", ["grant"] = "true" }, "main table form[method='post']");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var found = await RowsAsync(admin, $"/Admin/Audit?action=role.change&type=User&id={id}&user=ADMIN@demo&from={today}&to={today}");
        var row = Assert.Single(found);
        Assert.Equal([Admin, "Role changed", $"User {id}", $"Recruiter added to {email}"], row[1..]);

        Assert.Empty(await RowsAsync(admin, $"/Admin/Audit?action=setting.change&id={id}"));
        Assert.Empty(await RowsAsync(admin, $"/Admin/Audit?action=role.change&id={id}&from={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}"));
        Assert.Empty(await RowsAsync(admin, $"/Admin/Audit?action=role.change&id={id}&user=recruiter@demo"));

        var csv = await admin.GetAsync($"/Admin/Audit?handler=Csv&action=role.change&id={id}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at_utc,user,user_id,action,record_type,record_id,detail", lines[0]);
        var cells = Assert.Single(lines[1..]).Split(',');
        Assert.Equal([Admin, "role.change", "User", id, $"Recruiter added to {email}"], [cells[1], cells[3], cells[4], cells[5], cells[6]]);
    }

    [Fact]
    public async Task The_log_is_paged_newest_first_and_the_export_defuses_formulas()
    {
        var start = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        await app.WithDbAsync(db =>
        {
            for (var i = 0; i < 120; i++)
                db.AuditEntries.Add(new AuditEntry { At = start.AddMinutes(i), UserName = "paging@example.com", Action = "cv.read", RecordType = "PagingTest", RecordId = i.ToString(), Detail = i == 119 ? "=HYPERLINK(\"http://evil\")" : null });
            return db.SaveChangesAsync();
        });
        var admin = new PageClient(app);
        await admin.LogInAsync(Admin, DemoPassword);

        var first = await RowsAsync(admin, "/Admin/Audit?type=PagingTest");
        Assert.Equal(50, first.Count);
        Assert.Equal(["119", "118"], first.Take(2).Select(r => r[3].Split(' ')[1]));
        var (_, last) = await admin.GetPageAsync("/Admin/Audit?type=PagingTest&p=3");
        Assert.Equal(20, last.QuerySelectorAll("table.audit tbody tr").Length);
        Assert.Contains("Page 3 of 3", last.QuerySelector(".pager")!.TextContent);
        Assert.Equal("PagingTest 19", last.QuerySelectorAll("table.audit tbody tr td")[3].TextContent);

        var csv = await (await admin.GetAsync("/Admin/Audit?handler=Csv&type=PagingTest&from=2026-01-01&to=2026-01-01")).Content.ReadAsStringAsync();
        var lines = csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(121, lines.Length);
        Assert.StartsWith("2026-01-01T09:59:00Z,paging@example.com,", lines[1]);
        Assert.DoesNotContain(",=HYPERLINK", lines[1]);
        Assert.DoesNotContain(",\"=HYPERLINK", lines[1]);
    }

    [Theory]
    [InlineData("recruiter@demo.hiring.local", "/Admin/Audit")]
    [InlineData("recruiter@demo.hiring.local", "/Admin/Audit?handler=Csv")]
    [InlineData("recruiter@demo.hiring.local", "/Admin/Settings")]
    [InlineData("candidate@demo.hiring.local", "/Admin/Audit")]
    [InlineData("manager@demo.hiring.local", "/Admin/Settings")]
    public async Task Non_admins_get_403(string email, string url)
    {
        var client = new PageClient(app);
        await client.LogInAsync(email, DemoPassword);
        var (response, _) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The audit table's rows as cell texts: when, who, action, record, detail.</summary>
    private static async Task<List<string[]>> RowsAsync(PageClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelectorAll("table.audit tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
    }
}

public class SqliteAuditTests(SqliteApp app) : AuditTests<SqliteApp>(app);
public class PostgresAuditTests(PostgresApp app) : AuditTests<PostgresApp>(app);
