using System.Net;
using Hiring.Web.Tests.Candidate;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Privacy;

/// <summary>The steps privacy tests share: a candidate who applied with a CV, asking for erasure, an admin deciding.</summary>
public static class PrivacySteps
{
    public const string AdminEmail = "admin@demo.hiring.local";

    public sealed record Applicant(string Email, string UserId, Guid ApplicationId, PageClient Client);

    /// <summary>A fresh candidate who applied through the real form, with a PDF CV.</summary>
    public static async Task<Applicant> ApplicantAsync(HiringApp app, int postId, string name = "Dana Kowalska", string cvName = "Dana CV.pdf")
    {
        var (email, client) = await Given.CandidateAsync(app);
        var response = await Applying.ApplyAsync(client, postId, new() { ["Input.FullName"] = name }, fileName: cvName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var id = await db.Applications.Where(a => a.CandidateId == user.Id && a.PostId == postId).Select(a => a.Id).SingleAsync();
            return new Applicant(email, user.Id, id, client);
        });
    }

    public static async Task<HttpResponseMessage> AskForErasureAsync(PageClient client, bool confirm = true)
    {
        var (_, page) = await client.GetPageAsync("/Candidate/Privacy");
        return await client.SubmitAsync(page, confirm ? new Dictionary<string, string> { ["Confirm"] = "true" } : new Dictionary<string, string>(), "form#erase");
    }

    public static async Task<PageClient> AdminAsync(HiringApp app)
    {
        var admin = new PageClient(app);
        await admin.LogInAsync(AdminEmail, Given.DemoPassword);
        return admin;
    }

    /// <summary>The admin approves (reason null) or refuses the candidate's pending request on /Admin/Erasure.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(HiringApp app, string userId, string? refuseWith = null)
    {
        var id = await app.WithDbAsync(db => db.ErasureRequests.Where(r => r.CandidateId == userId).Select(r => r.Id).SingleAsync());
        var admin = await AdminAsync(app);
        var (_, page) = await admin.GetPageAsync("/Admin/Erasure");
        return refuseWith is null
            ? await admin.SubmitAsync(page, new Dictionary<string, string>(), $"tr[data-request='{id}'] form.approve")
            : await admin.SubmitAsync(page, new Dictionary<string, string> { ["reason"] = refuseWith }, $"tr[data-request='{id}'] form.refuse");
    }

    public static string CvPath(HiringApp app, string stored) => Path.Combine(app.DataFolder, "cvs", stored);

    /// <summary>Refused: 403, 404, or the cookie handler's redirect to the access-denied page.</summary>
    public static bool Refused(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/Account/AccessDenied"));
}
