using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Security.Fuzzing;

/// <summary>The admin forms (settings, mail templates, roles, erasure decisions) and the admin filters with hostile input.</summary>
public abstract class AdminFuzzTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Admin_forms_and_filters_survive_hostile_input_and_store_only_valid_changes()
    {
        var client = new PageClient(app);
        await client.LogInAsync("admin@demo.hiring.local", "demo-password-2026");
        // A user of its own, so role changes the fuzzing makes touch nobody else.
        var target = await Given.CandidateAccountAsync(app);
        var fuzzer = new FormFuzzer(client);
        await fuzzer.FuzzAsync($"/Admin/Mail/Edit?key={MailTemplateKeys.Rejection}");
        await fuzzer.FuzzAsync($"/Admin/Users?q={Uri.EscapeDataString(target)}&staff=false", "main table form");
        await fuzzer.FuzzQueryAsync("/Admin/Users", "main form[role=search]");
        await fuzzer.FuzzQueryAsync("/Admin/Audit", "main form[role=search]");
        // Last: a valid post turns on two-factor for staff, which then sends this admin to set it up first.
        await fuzzer.FuzzAsync("/Admin/Settings");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(fuzzer.Sent >= 400, $"only {fuzzer.Sent} inputs sent");
        var template = await app.WithDbAsync(db => db.MailTemplates.AsNoTracking().SingleAsync(t => t.Key == MailTemplateKeys.Rejection));
        Assert.Null(MailRenderer.Check(template.Key, template.Subject, template.Body));
        Assert.InRange(template.Subject.Length, 1, 300);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.All(await users.GetRolesAsync((await users.FindByEmailAsync(target))!), r => Assert.Contains(r, Roles.All));
    }

    [Fact]
    public async Task Erasure_refusal_survives_hostile_input_and_stores_only_a_clean_reason()
    {
        var (_, candidate) = await Given.CandidateAsync(app);
        var (_, privacy) = await candidate.GetPageAsync("/Candidate/Privacy");
        await candidate.SubmitAsync(privacy, new Dictionary<string, string> { ["Confirm"] = "true" }, "#erase");
        var request = await app.WithDbAsync(db => db.ErasureRequests.OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        var admin = new PageClient(app);
        await admin.LogInAsync("admin@demo.hiring.local", "demo-password-2026");
        var fuzzer = new FormFuzzer(admin);
        await fuzzer.FuzzAsync("/Admin/Erasure", $"tr[data-request='{request}'] form.refuse");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        var decided = await app.WithDbAsync(db => db.ErasureRequests.AsNoTracking().SingleAsync(r => r.Id == request));
        Assert.True(decided.RefusalReason is null || decided.RefusalReason.Length <= 1000 && decided.RefusalReason == Hiring.Web.Infrastructure.TextInput.Clean(decided.RefusalReason));
    }
}

public class SqliteAdminFuzzTests(SqliteApp app) : AdminFuzzTests<SqliteApp>(app);
public class PostgresAdminFuzzTests(PostgresApp app) : AdminFuzzTests<PostgresApp>(app);
