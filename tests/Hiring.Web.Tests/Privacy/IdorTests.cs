using System.Net;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using static Hiring.Web.Tests.Privacy.PrivacySteps;

namespace Hiring.Web.Tests.Privacy;

/// <summary>Candidate A changes an id in a URL or a form to reach candidate B's data: refused, and nothing of B's changes.</summary>
public abstract class IdorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Candidate_cannot_read_another_candidates_application_or_cv()
    {
        var (a, b) = await TwoApplicantsAsync();

        Assert.True(Refused(await a.Client.GetAsync($"/Candidate/Applications/Details/{b.ApplicationId}")));
        Assert.True(Refused(await a.Client.GetAsync($"/Cvs/{b.ApplicationId}")));
        Assert.Equal(HttpStatusCode.OK, (await a.Client.GetAsync($"/Cvs/{a.ApplicationId}")).StatusCode); // the check can pass
    }

    [Fact]
    public async Task Candidate_cannot_withdraw_another_candidates_application()
    {
        var (a, b) = await TwoApplicantsAsync();
        var token = await TokenAsync(a.Client, $"/Candidate/Applications/Details/{a.ApplicationId}");

        var response = await a.Client.Http.PostAsync($"/Candidate/Applications/Details/{b.ApplicationId}?handler=Withdraw", Form(token));

        Assert.True(Refused(response), response.StatusCode.ToString());
        Assert.Equal(Stage.Applied, await app.WithDbAsync(db => db.Applications.Where(x => x.Id == b.ApplicationId).Select(x => x.Stage).SingleAsync()));
    }

    [Fact]
    public async Task Export_and_erasure_act_on_the_signed_in_candidate_whatever_id_the_form_carries()
    {
        var (a, b) = await TwoApplicantsAsync();
        var token = await TokenAsync(a.Client, "/Candidate/Privacy");

        var export = await a.Client.Http.PostAsync($"/Candidate/Privacy?handler=Export&candidateId={b.UserId}&id={b.UserId}", Form(token, ("candidateId", b.UserId)));
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes)))
        {
            var text = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".json")).Select(e => new StreamReader(e.Open()).ReadToEnd()));
            Assert.Contains(a.Email, text);
            Assert.DoesNotContain(b.Email, text);
        }

        await a.Client.Http.PostAsync($"/Candidate/Privacy?handler=Erase&candidateId={b.UserId}", Form(token, ("Confirm", "true"), ("CandidateId", b.UserId)));
        var requests = await app.WithDbAsync(db => db.ErasureRequests.AsNoTracking().Where(r => r.CandidateId == a.UserId || r.CandidateId == b.UserId).ToListAsync());
        Assert.Equal(a.UserId, Assert.Single(requests).CandidateId);
    }

    [Fact]
    public async Task Candidate_cannot_approve_an_erasure_request()
    {
        var (a, b) = await TwoApplicantsAsync();
        await AskForErasureAsync(b.Client);
        var id = await app.WithDbAsync(db => db.ErasureRequests.Where(r => r.CandidateId == b.UserId).Select(r => r.Id).SingleAsync());
        var token = await TokenAsync(a.Client, "/Candidate/Privacy");

        Assert.True(Refused(await a.Client.GetAsync("/Admin/Erasure")));
        Assert.True(Refused(await a.Client.Http.PostAsync($"/Admin/Erasure?handler=Approve&id={id}", Form(token))));

        var request = await app.WithDbAsync(db => db.ErasureRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(ErasureStatus.Pending, request.Status);
        Assert.Equal(b.Email, await app.WithDbAsync(db => db.Users.Where(u => u.Id == b.UserId).Select(u => u.Email).SingleAsync()));
    }

    private async Task<(Applicant A, Applicant B)> TwoApplicantsAsync()
    {
        var post = await Given.PostAsync(app);
        return (await ApplicantAsync(app, post.Id, "Alice Able"), await ApplicantAsync(app, post.Id, "Bob Baker"));
    }

    private static async Task<string> TokenAsync(PageClient client, string url)
    {
        var (_, page) = await client.GetPageAsync(url);
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
}

public class IdorTests_Sqlite(RecruitingSqliteApp app) : IdorTests<RecruitingSqliteApp>(app);
public class IdorTests_Postgres(RecruitingPostgresApp app) : IdorTests<RecruitingPostgresApp>(app);
