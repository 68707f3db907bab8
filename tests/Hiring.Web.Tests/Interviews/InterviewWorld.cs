using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Interviews;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Interviews;

/// <summary>Makes the people and applications interview tests need, each with fresh names, in the test app's database.</summary>
public sealed class InterviewWorld(HiringApp app)
{
    public const string Password = "interview-password-2026";
    public const string Recruiter = "recruiter@demo.hiring.local";
    public const string DemoPassword = "demo-password-2026";

    public sealed record Person(string Id, string Email, string Name);

    public async Task<Person> UserAsync(string role, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return new Person(user.Id, email, name);
    }

    public Task<Person> InterviewerAsync(string name = "Ines Interviewer") => UserAsync(Roles.Interviewer, name);

    /// <summary>A new candidate's application at the interview stage, to the first open post of <paramref name="type"/>;
    /// experienced (18 months in a contact centre) unless <paramref name="contactCentreMonths"/> says otherwise.</summary>
    public async Task<(Guid Id, Person Candidate)> ApplicationAsync(PostType type = PostType.Inbound, int contactCentreMonths = 18)
    {
        var candidate = await UserAsync(Roles.Candidate, "Carla Candidate");
        var id = await app.WithDbAsync(async db =>
        {
            var post = await db.Posts.Where(p => p.PostType == type).OrderBy(p => p.Id).FirstAsync();
            var application = new Application { PostId = post.Id, CandidateId = candidate.Id, Stage = Stage.Interview, AppliedAt = DateTime.UtcNow, StageChangedAt = DateTime.UtcNow,
                Screening = new Screening { ContactCentreMonths = contactCentreMonths } };
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
        return (id, candidate);
    }

    /// <summary>Books an interview through the scheduler (as the Schedule page does), starting at <paramref name="startsAt"/> UTC.</summary>
    public async Task<Guid> BookAsync(Guid applicationId, DateTime startsAt, params Person[] panel) =>
        (await InScopeAsync<InterviewScheduler, InterviewScheduler.Result>(s =>
            s.BookAsync(applicationId, new InterviewBooking(startsAt, 60, "Room 2, Leeds contact centre", null, panel.Select(p => p.Id).ToList()), null))).InterviewId;

    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<PageClient> LogInAsync(string email, string password = Password)
    {
        var client = new PageClient(app);
        var login = await client.LogInAsync(email, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }
}
