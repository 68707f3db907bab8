using System.Net;
using System.Text.RegularExpressions;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Tests.Account;

/// <summary>Log-in and registration answer alike whether or not an account exists (issue 14, items 6 and 7).</summary>
public abstract class AccountDisclosureTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CountingHasherApp
{
    private const string Passphrase = "a long enough passphrase";

    [Fact]
    public async Task An_unknown_email_costs_the_same_password_hashing_as_a_wrong_password()
    {
        var unknown = await app.HashingOfAsync(() => new PageClient(app).LogInAsync($"nobody-{Guid.NewGuid():N}@example.com", "a wrong passphrase"));
        var wrong = await app.HashingOfAsync(() => new PageClient(app).LogInAsync("interviewer@demo.hiring.local", "a wrong passphrase"));

        Assert.Equal(1, wrong);
        Assert.Equal(wrong, unknown);
    }

    [Fact]
    public void The_dummy_hash_costs_as_many_iterations_as_a_real_one()
    {
        var hash = Convert.FromBase64String(Hiring.Web.Identity.UnknownAccount.DummyHash);
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        Assert.Equal(app.Service<IOptions<PasswordHasherOptions>>().Value.IterationCount, iterations);
    }

    [Fact]
    public async Task Registering_with_an_existing_address_answers_as_for_a_new_account_and_mails_the_owner()
    {
        var owner = $"owner-{Guid.NewGuid():N}@example.com";
        var first = await RegisterAsync(owner, "Olga Owner", Passphrase);
        await app.Smtp.WaitForMessageAsync(owner, m => m.Subject.Contains("Confirm"));

        var again = await RegisterAsync(owner, "Someone Else", "another long passphrase");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var mail = await app.Smtp.WaitForMessageAsync(owner, m => m.Subject.Contains("register"));
        Assert.Contains("Olga Owner", mail.TextBody);
        Assert.Contains("/Account/Login", mail.TextBody);
        Assert.Contains("/Account/ForgotPassword", mail.TextBody);
        Assert.DoesNotContain("Someone Else", mail.TextBody);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == owner));
        Assert.Equal("Olga Owner", user.DisplayName);
    }

    [Fact]
    public async Task An_unconfirmed_account_asks_for_confirmation_only_after_the_right_password()
    {
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.com";
        await RegisterAsync(email, "Una Confirmed", Passphrase);

        var wrong = await TextAfterLogInAsync(email, "not the passphrase");
        var unknown = await TextAfterLogInAsync($"nobody-{Guid.NewGuid():N}@example.com", "not the passphrase");
        var right = await TextAfterLogInAsync(email, Passphrase);

        Assert.DoesNotContain("confirm your e-mail", wrong);
        Assert.Contains("do not match an account", wrong);
        Assert.Contains("do not match an account", unknown);
        Assert.Contains("confirm your e-mail", right);
    }

    private async Task<HttpResponseMessage> RegisterAsync(string email, string name, string password)
    {
        var client = new PageClient(app);
        var (_, form) = await client.GetPageAsync("/Account/Register");
        return await client.SubmitAsync(form, new Dictionary<string, string>
            { ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });
    }

    private async Task<string> TextAfterLogInAsync(string email, string password)
    {
        var response = await new PageClient(app).LogInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Regex.Replace((await PageClient.ParseAsync(response)).Body!.TextContent, @"\s+", " ");
    }
}

/// <summary>The app with Identity's password hasher wrapped in a counter of verifications: hashing work, measured without a clock.</summary>
public abstract class CountingHasherApp : HiringApp
{
    private int _verifications;

    /// <summary>How many password verifications <paramref name="work"/> caused.</summary>
    public async Task<int> HashingOfAsync(Func<Task> work)
    {
        var before = Volatile.Read(ref _verifications);
        await work();
        return Volatile.Read(ref _verifications) - before;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddScoped<IPasswordHasher<ApplicationUser>>(sp =>
            new Counting(new PasswordHasher<ApplicationUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), this)));
    }

    private sealed class Counting(IPasswordHasher<ApplicationUser> inner, CountingHasherApp app) : IPasswordHasher<ApplicationUser>
    {
        public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref app._verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public class SqliteCountingHasherApp : CountingHasherApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresCountingHasherApp : CountingHasherApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public class AccountDisclosureTests_Sqlite(SqliteCountingHasherApp app) : AccountDisclosureTests<SqliteCountingHasherApp>(app);
public class AccountDisclosureTests_Postgres(PostgresCountingHasherApp app) : AccountDisclosureTests<PostgresCountingHasherApp>(app);
