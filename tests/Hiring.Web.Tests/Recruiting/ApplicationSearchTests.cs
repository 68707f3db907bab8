using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Core.Recruiting;
using Hiring.Web.Reports;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The recruiter list's one search box: name, e-mail, phone or the report's reference, any case.</summary>
public abstract class ApplicationSearchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task One_box_finds_an_applicant_by_name_email_phone_or_reference()
    {
        var post = await Given.PostAsync(app);
        var wanted = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Quentin Searchable");
        var other = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Rosa Other");
        await app.WithDbAsync(db => db.Applications.Where(a => a.Id == wanted.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Phone, "+44 7700 900123")));
        var reference = CandidateReportBuilder.Reference(wanted.Id);
        var recruiter = await Given.RecruiterAsync(app);

        foreach (var q in new[] { "quentin SEARCH", wanted.Email.ToUpperInvariant()[5..20], "7700900123", "07700 900 123"[1..], reference,
                     reference.ToLowerInvariant(), reference[4..], "app-" + reference[4..8] })
        {
            var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Q={Uri.EscapeDataString(q)}");
            Assert.True(Ids(list).SequenceEqual([wanted.Id]), $"searching '{q}' found {Ids(list).Count} rows");
        }
        var (_, both) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Q=");
        Assert.Equal(2, Ids(both).Count);
        Assert.Contains(other.Id, Ids(both));
    }

    [Fact]
    public async Task The_search_is_kept_by_the_csv_export_and_the_bulk_redirect()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Tested, 70, "Una Exported");
        await Given.ApplicationAsync(app, post, Stage.Tested, 71, "Vic Left");
        var recruiter = await Given.RecruiterAsync(app);

        var csv = await (await recruiter.GetAsync($"/Recruiting/Applications?handler=Csv&PostId={post.Id}&Q=una")).Content.ReadAsStringAsync();
        Assert.Contains("Una Exported", csv);
        Assert.DoesNotContain("Vic Left", csv);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Q=una");
        Assert.Equal("una", list.QuerySelector<IHtmlInputElement>("#Q")!.Value);
        var response = await recruiter.SubmitAsync(list, new Dictionary<string, string> { ["BulkAction"] = "Shortlist" }, "#bulk");
        Assert.Contains("Q=una", response.Headers.Location!.OriginalString);
    }

    internal static List<Guid> Ids(IHtmlDocument list) =>
        [.. list.QuerySelectorAll("#bulk input[name=Selected]").Select(i => Guid.Parse(i.GetAttribute("value")!))];
}

public class SqliteApplicationSearchTests(SqliteApp app) : ApplicationSearchTests<SqliteApp>(app);
public class PostgresApplicationSearchTests(PostgresApp app) : ApplicationSearchTests<PostgresApp>(app);
