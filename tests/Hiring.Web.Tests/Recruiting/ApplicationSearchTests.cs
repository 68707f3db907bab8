using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Core.Recruiting;
using Hiring.Web.Data.Migrations;
using Hiring.Web.Domain;
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
        await app.WithDbAsync(async db =>
        {
            (await db.Applications.SingleAsync(a => a.Id == wanted.Id)).Phone = "+44 7700 900123";
            return await db.SaveChangesAsync();
        });
        var reference = CandidateReportBuilder.Reference(wanted.Id);
        var recruiter = await Given.RecruiterAsync(app);

        foreach (var q in new[] { "quentin SEARCH", "QUÉNTIN", wanted.Email.ToUpperInvariant()[5..20], "7700900123", "07700 900 123"[1..],
                     "(7700) 900-123", reference, reference.ToLowerInvariant(), reference[4..], "app-" + reference[4..8], "APP" + reference[4..6] })
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

    [Fact]
    public async Task Accents_in_a_name_do_not_count_and_short_hex_is_a_name_not_a_reference()
    {
        var post = await Given.PostAsync(app);
        var nunez = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Begoña Ñúñez");
        var ada = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Ada Lindqvist");
        var recruiter = await Given.RecruiterAsync(app);

        Assert.Equal(new[] { nunez.Id }, await FoundAsync(recruiter, post, "begona nunez"));
        Assert.Equal(new[] { nunez.Id }, await FoundAsync(recruiter, post, "ÑÚÑEZ"));
        // "ada" is three hex digits: as a bare word it is a name, never the start of a reference.
        Assert.Equal(new[] { ada.Id }, await FoundAsync(recruiter, post, "ada"));
        Assert.Empty(await FoundAsync(recruiter, post, "50%"));
        Assert.Empty(await FoundAsync(recruiter, post, "_"));
    }

    [Fact]
    public async Task A_reference_finds_its_application_across_every_post()
    {
        var (first, second) = (await Given.PostAsync(app), await Given.PostAsync(app));
        var wanted = await Given.ApplicationAsync(app, second, Stage.Applied, name: "Ines Referenced");
        await Given.ApplicationAsync(app, first, Stage.Applied, name: "Jon Elsewhere");
        var recruiter = await Given.RecruiterAsync(app);

        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?Q={CandidateReportBuilder.Reference(wanted.Id)}");
        Assert.Equal(new[] { wanted.Id }, Ids(list));
    }

    [Fact]
    public async Task The_key_follows_the_candidates_email_and_applications_saved_without_a_key_get_one_at_start_up()
    {
        var post = await Given.PostAsync(app);
        var moved = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Kit Renamed");
        var old = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Lou Unkeyed");
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == moved.Email)).Email = "kit.new-address@example.org";
            await db.SaveChangesAsync();
            // As a database from before the search key was added holds it.
            return await db.Applications.Where(a => a.Id == old.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.SearchKey, ""));
        });
        var recruiter = await Given.RecruiterAsync(app);
        Assert.Equal(new[] { moved.Id }, await FoundAsync(recruiter, post, "kit.new-address@"));
        Assert.Empty(await FoundAsync(recruiter, post, moved.Email));
        Assert.Empty(await FoundAsync(recruiter, post, "lou unkeyed"));

        Assert.True(await app.WithDbAsync(db => Hiring.Web.Recruiting.SearchKeys.FillMissingAsync(db)) >= 1);
        Assert.Equal(new[] { old.Id }, await FoundAsync(recruiter, post, "lou unkeyed"));
        Assert.Equal(new[] { old.Id }, await FoundAsync(recruiter, post, old.Email));
    }

    [Fact]
    public async Task The_migrations_sql_keys_plain_rows_as_the_code_does_and_leaves_accented_ones_to_start_up()
    {
        var post = await Given.PostAsync(app);
        var plain = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Max O'Brien-Smith");
        var accented = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Zoë Ångström");
        var ids = new[] { plain.Id, accented.Id };
        var expected = await app.WithDbAsync(async db =>
        {
            foreach (var a in await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync()) a.Phone = "+1 (555) 010-99.88";
            await db.SaveChangesAsync();
            var keys = await db.Applications.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.SearchKey);
            await db.Applications.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.SearchKey, ""));
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? SearchKeyBackfill.Postgres : SearchKeyBackfill.Sqlite);
            return keys;
        });
        Assert.Equal("max o'brien-smith\n" + plain.Email.ToLowerInvariant() + "\n+15550109988", expected[plain.Id]);

        Assert.Equal(expected[plain.Id], await KeyAsync(plain.Id));
        Assert.Equal("", await KeyAsync(accented.Id));
        await app.WithDbAsync(db => Hiring.Web.Recruiting.SearchKeys.FillMissingAsync(db));
        Assert.Equal(expected[accented.Id], await KeyAsync(accented.Id));
        Assert.StartsWith("zoe angstrom\n", expected[accented.Id]);
    }

    private Task<string> KeyAsync(Guid id) => app.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.SearchKey).SingleAsync());

    private static async Task<List<Guid>> FoundAsync(PageClient recruiter, Post post, string q) =>
        Ids((await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Q={Uri.EscapeDataString(q)}")).Item2);

    internal static List<Guid> Ids(IHtmlDocument list) =>
        [.. list.QuerySelectorAll("#bulk input[name=Selected]").Select(i => Guid.Parse(i.GetAttribute("value")!))];
}

public class SqliteApplicationSearchTests(SqliteApp app) : ApplicationSearchTests<SqliteApp>(app);
public class PostgresApplicationSearchTests(PostgresApp app) : ApplicationSearchTests<PostgresApp>(app);
