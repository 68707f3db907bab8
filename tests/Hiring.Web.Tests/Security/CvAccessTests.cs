using System.Net;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Interviews;

namespace Hiring.Web.Tests.Security;

/// <summary>CVs follow the panel rule of kits and scorecards: interviewers and hiring managers read only those of
/// applications they are booked on; recruiters and admins read all.</summary>
public abstract class CvAccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    private async Task<Guid> ApplicationWithCvAsync()
    {
        var (id, _) = await _world.ApplicationAsync();
        var stored = $"{Guid.NewGuid():N}.txt";
        Directory.CreateDirectory(Path.Combine(app.DataFolder, "cvs"));
        await File.WriteAllTextAsync(Path.Combine(app.DataFolder, "cvs", stored), "Carla's CV");
        await app.WithDbAsync(async db =>
        {
            var application = await db.Applications.FindAsync(id);
            (application!.CvStoredName, application.CvFileName, application.CvContentType) = (stored, "carla.txt", "text/plain");
            await db.SaveChangesAsync();
            return 0;
        });
        return id;
    }

    [Theory]
    [InlineData(Roles.Interviewer)]
    [InlineData(Roles.HiringManager)]
    public async Task A_panel_member_reads_the_cv_of_their_application_only(string role)
    {
        var mine = await ApplicationWithCvAsync();
        var other = await ApplicationWithCvAsync();
        var member = await _world.UserAsync(role, "Pat Panel");
        await _world.BookAsync(mine, DateTime.UtcNow.AddDays(3), member);
        var client = await _world.LogInAsync(member.Email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Cvs/{mine}")).StatusCode);
        var (denied, _) = await client.GetPageAsync($"/Cvs/{other}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Recruiter)]
    [InlineData(Roles.Admin)]
    public async Task Recruiters_and_admins_read_every_cv(string role)
    {
        var id = await ApplicationWithCvAsync();
        var person = await _world.UserAsync(role, "Rita Reader");
        var client = await _world.LogInAsync(person.Email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Cvs/{id}")).StatusCode);
    }
}

public class CvAccessTests_Sqlite(SqliteApp app) : CvAccessTests<SqliteApp>(app);
public class CvAccessTests_Postgres(PostgresApp app) : CvAccessTests<PostgresApp>(app);
