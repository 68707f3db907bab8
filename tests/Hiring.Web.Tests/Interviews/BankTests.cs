using System.Net;
using System.Net.Http.Headers;
using Hiring.Web.Domain;
using Hiring.Web.Interviews;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Interviews;

public abstract class BankTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    public static InterviewQuestion NewQuestion(string text) => new()
    {
        Category = "behavioural", PostTypes = ["common"], Competencies = ["TECH", "ADP"], Minutes = 3, Text = text,
        Why = "Shows how fast the applicant picks up new tools.", ListenFor = ["A concrete system", "How they learned it"],
        Probes = ["What did you do first?"], RatingGuide = new RatingGuide { Strong = "Specific steps", Acceptable = "General account", Weak = "No example" },
    };

    private async Task<string> ExportAsync(PageClient client)
    {
        var response = await client.GetAsync("/Interviews/Bank?handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> ImportAsync(PageClient client, string yaml, string fileName = "questions.yaml")
    {
        var (_, page) = await client.GetPageAsync("/Interviews/Bank/Import");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(yaml)) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-yaml") } }, "Upload", fileName },
        };
        return await client.Http.PostAsync("/Interviews/Bank/Import", form);
    }

    [Fact]
    public async Task Exported_bank_imports_back_unchanged_and_an_edited_version_becomes_current()
    {
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var yaml = await ExportAsync(client);
        var current = await app.WithDbAsync(db => db.BankItems.CountAsync(i => i.Bank == Bank.Interview && i.IsCurrent));
        Assert.Equal(current, yaml.Split('\n').Count(l => l.StartsWith("- id: ")));

        var again = await ImportAsync(client, yaml);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"0 added, 0 new versions, 0 updated, {current} unchanged", (await PageClient.ParseAsync(again)).QuerySelector("#result")!.TextContent);

        var edited = yaml.Replace("text: Why do you want to work in our call centre?", "text: Why do you want to work in our contact centre?")
            .Replace("- id: INT-GEN-002\n  version: 1", "- id: INT-GEN-002\n  version: 2");
        Assert.NotEqual(yaml, edited);
        var imported = await ImportAsync(client, edited);
        Assert.Contains($"0 added, 1 new versions, 0 updated, {current - 1} unchanged", (await PageClient.ParseAsync(imported)).QuerySelector("#result")!.TextContent);
        var versions = await app.WithDbAsync(db => db.BankItems.Where(i => i.Id == "INT-GEN-002").OrderBy(i => i.Version).Select(i => new { i.Version, i.IsCurrent, i.Title }).ToListAsync());
        Assert.Equal([(1, false), (2, true)], versions.Select(v => (v.Version, v.IsCurrent)));
        Assert.Equal("Why do you want to work in our contact centre?", versions[1].Title);
    }

    [Fact]
    public async Task A_bad_file_is_refused_with_its_line_and_problem_and_nothing_changes()
    {
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var before = await app.WithDbAsync(db => db.BankItems.CountAsync(i => i.Bank == Bank.Interview));
        const string yaml = "questions:\n  - id: INT-NEW-001\n    version: 1\n    category: general\n    post_types: [common]\n    competencies: [XYZ]\n    minutes: 3\n    text: Hello?\n";
        var refused = await ImportAsync(client, yaml, "broken.yaml");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var message = (await PageClient.ParseAsync(refused)).QuerySelector("#problem")!.TextContent;
        Assert.Contains("broken.yaml, line 6", message);
        Assert.Contains("unknown competency 'XYZ'", message);
        Assert.Equal(before, await app.WithDbAsync(db => db.BankItems.CountAsync(i => i.Bank == Bank.Interview)));
    }

    [Fact]
    public async Task Recruiter_adds_a_question_then_editing_its_wording_makes_version_two()
    {
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var (_, form) = await client.GetPageAsync("/Interviews/Bank/Edit");
        var fields = new Dictionary<string, string>
        {
            ["Input.Category"] = "behavioural", ["Input.PostTypes"] = "common", ["Input.Competencies"] = "DET REL", ["Input.Minutes"] = "3",
            ["Input.Text"] = "Tell me about a form you filled in for someone else.", ["Input.Why"] = "Accuracy for others.",
            ["Input.ListenFor"] = "Checks back\nReads it aloud", ["Input.Probes"] = "What did you check?",
            ["Input.Strong"] = "Checks every field", ["Input.Acceptable"] = "Checks some", ["Input.Weak"] = "Does not check",
        };
        var added = await client.SubmitAsync(form, fields);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await app.WithDbAsync(db => db.BankItems.Where(i => i.Title == "Tell me about a form you filled in for someone else.").Select(i => i.Id).SingleAsync());

        (_, form) = await client.GetPageAsync($"/Interviews/Bank/Edit/{id}");
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Why"] = "Accuracy when acting for others." });
        (_, form) = await client.GetPageAsync($"/Interviews/Bank/Edit/{id}");
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Text"] = "Tell me about a form you completed for another person." });

        var rows = await app.WithDbAsync(db => db.BankItems.Where(i => i.Id == id).OrderBy(i => i.Version).Select(i => new { i.Version, i.IsCurrent }).ToListAsync());
        Assert.Equal([(1, false), (2, true)], rows.Select(r => (r.Version, r.IsCurrent)));
        var v1 = await _world.InScopeAsync<InterviewBank, BankQuestion?>(b => b.LatestAsync(id));
        Assert.Equal("Accuracy when acting for others.", v1!.Content.Why);
    }

    [Fact]
    public async Task A_seeded_question_retired_in_the_app_stays_retired_when_the_seed_is_loaded_again()
    {
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var (_, list) = await client.GetPageAsync("/Interviews/Bank?category=teamleader");
        var retired = await client.SubmitAsync(list, new Dictionary<string, string>(), "#questions tr[data-question='INT-TL-007'] form");
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);

        await _world.InScopeAsync<Hiring.Web.Seeding.SeedLoader, Hiring.Web.Seeding.SeedResult>(l => l.LoadAsync());

        Assert.False(await app.WithDbAsync(db => db.BankItems.AnyAsync(i => i.Id == "INT-TL-007" && i.IsCurrent)));
        var (_, after) = await client.GetPageAsync("/Interviews/Bank?category=teamleader");
        Assert.Null(after.QuerySelector("#questions tr[data-question='INT-TL-007']"));
        (_, after) = await client.GetPageAsync("/Interviews/Bank?category=teamleader&retired=true");
        Assert.Contains("retired", after.QuerySelector("#questions tr[data-question='INT-TL-007']")!.TextContent);
    }

    [Fact]
    public async Task An_interviewer_cannot_manage_the_bank()
    {
        var interviewer = await _world.InterviewerAsync();
        var client = await _world.LogInAsync(interviewer.Email);
        var (response, _) = await client.GetPageAsync("/Interviews/Bank");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public class BankTests_Sqlite(SqliteApp app) : BankTests<SqliteApp>(app);
public class BankTests_Postgres(PostgresApp app) : BankTests<PostgresApp>(app);
