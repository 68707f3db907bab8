using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Security.Fuzzing;

/// <summary>
/// Every form, fuzzed: no server error, a page (with its validation message) for every bad value,
/// no script rendered unescaped, and nothing stored half-way.
/// </summary>
public abstract class FuzzTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Account_forms_survive_hostile_input_and_store_no_half_made_account()
    {
        var usersBefore = await app.WithDbAsync(db => Task.FromResult(db.Users.Count()));
        var fuzzer = new FormFuzzer(new PageClient(app));
        await fuzzer.FuzzAsync("/Account/Login");
        await fuzzer.FuzzAsync("/Account/Register");
        await fuzzer.FuzzAsync("/Account/ForgotPassword");
        await fuzzer.FuzzAsync("/Account/ResendConfirmation");
        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(fuzzer.Sent >= 250, $"only {fuzzer.Sent} inputs sent");
        // Every registration above lacked a valid value somewhere, or repeated the same e-mail: at most one account was made.
        var usersAfter = await app.WithDbAsync(db => Task.FromResult(db.Users.Count()));
        Assert.InRange(usersAfter - usersBefore, 0, 1);
    }

    [Fact]
    public async Task Signed_in_forms_survive_hostile_input()
    {
        var client = new PageClient(app);
        await client.LogInAsync("admin@demo.hiring.local", "demo-password-2026");
        var fuzzer = new FormFuzzer(client);
        await fuzzer.FuzzAsync("/Account/Manage/ChangePassword");
        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(fuzzer.Sent >= 80, $"only {fuzzer.Sent} inputs sent");
    }
}

public abstract class RecruitingFuzzTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Careers_search_and_the_recruiter_filters_survive_hostile_query_strings()
    {
        var anonymous = new FormFuzzer(new PageClient(app));
        await anonymous.FuzzQueryAsync("/Careers", "main form[method=get]");
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var staff = new FormFuzzer(recruiter);
        await staff.FuzzQueryAsync("/Recruiting/Applications", "form.list-filter");
        var problems = anonymous.Problems.Concat(staff.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(anonymous.Sent + staff.Sent >= 200, $"only {anonymous.Sent + staff.Sent} inputs sent");
    }

    [Fact]
    public async Task Post_editing_notes_tags_and_mail_survive_hostile_input_and_leave_no_half_made_post()
    {
        var client = new PageClient(app);
        await client.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var postsBefore = await app.WithDbAsync(db => Task.FromResult(db.Posts.Count()));
        var applicationId = await app.WithDbAsync(db => Task.FromResult(db.Applications.OrderBy(a => a.AppliedAt).Select(a => a.Id).First()));
        var fuzzer = new FormFuzzer(client);
        await fuzzer.FuzzAsync("/Recruiting/Posts/Edit", "main form.form", ["Input.Title", "Input.Description", "Input.SalaryBand", "Input.ClosingDate", "Input.PostType", "Input.Battery[0].TimeLimitMinutes", "Input.Battery[0].PassMark", "Input.Battery[1].WeightPercent", "Input.CompleteTestsWithinDays"]);
        await fuzzer.FuzzAsync($"/Recruiting/Applications/Details/{applicationId}", "#note-form");
        await fuzzer.FuzzAsync($"/Recruiting/Applications/Details/{applicationId}", "#tags-form");
        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(fuzzer.Sent >= 150, $"only {fuzzer.Sent} inputs sent");
        // A post needs a title and a valid battery: a post made only of one hostile field is refused, so at most the "spaces"-free valid ones land.
        var made = await app.WithDbAsync(db => Task.FromResult(db.Posts.Where(p => p.Title.Contains("<script>")).Select(p => p.Title).ToList()));
        Assert.All(made, t => Assert.DoesNotContain("\u0000", t));
        Assert.True(await app.WithDbAsync(db => Task.FromResult(db.Posts.Count())) >= postsBefore);
    }

    [Fact]
    public async Task Stage_moves_mail_extra_time_and_report_forms_survive_hostile_input()
    {
        var client = new PageClient(app);
        await client.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var applicationId = await app.WithDbAsync(db => Task.FromResult(db.Applications.Where(a => a.Stage == Hiring.Core.Recruiting.Stage.Applied).OrderBy(a => a.AppliedAt).Select(a => a.Id).First()));
        // Each post starts from Applied again, so every input meets a move that could be made.
        var mover = new FormFuzzer(client)
        {
            AfterEach = (_, _) => app.WithDbAsync(db => db.Applications.Where(a => a.Id == applicationId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Stage, Hiring.Core.Recruiting.Stage.Applied))),
        };
        await mover.FuzzAsync($"/Recruiting/Applications/Details/{applicationId}", "#move-form");
        var fuzzer = new FormFuzzer(client);
        await fuzzer.FuzzAsync($"/Recruiting/Applications/Details/{applicationId}", "#mail-form");
        await fuzzer.FuzzAsync($"/Recruiting/Attempts?application={applicationId}", "#accommodation-form");
        var manager = new PageClient(app);
        await manager.LogInAsync("manager@demo.hiring.local", "demo-password-2026");
        var reports = new FormFuzzer(manager);
        await reports.FuzzQueryAsync("/Reports", "main form.filters");

        var problems = mover.Problems.Concat(fuzzer.Problems).Concat(reports.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(mover.Sent + fuzzer.Sent + reports.Sent >= 250, $"only {mover.Sent + fuzzer.Sent + reports.Sent} inputs sent");
        var reasons = await app.WithDbAsync(db => db.StageChanges.Where(s => s.ApplicationId == applicationId).Select(s => s.Reason).ToListAsync());
        Assert.All(reasons, r => Assert.True(r is null || r.Length <= 1000 && r == Hiring.Web.Infrastructure.TextInput.Clean(r)));
    }
}

public class SqliteRecruitingFuzzTests(SqliteApp app) : RecruitingFuzzTests<SqliteApp>(app);
public class PostgresRecruitingFuzzTests(PostgresApp app) : RecruitingFuzzTests<PostgresApp>(app);

public class SqliteFuzzTests(SqliteApp app) : FuzzTests<SqliteApp>(app);
public class PostgresFuzzTests(PostgresApp app) : FuzzTests<PostgresApp>(app);
