using Hiring.Web.Tests.Infrastructure;

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

public class SqliteFuzzTests(SqliteApp app) : FuzzTests<SqliteApp>(app);
public class PostgresFuzzTests(PostgresApp app) : FuzzTests<PostgresApp>(app);
