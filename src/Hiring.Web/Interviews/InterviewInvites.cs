using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Interviews;

/// <summary>
/// Mails the candidate and the panel about an interview, each with a calendar attachment addressed
/// to them. The mails are queued in the <see cref="MailOutbox"/> and join the caller's unit of work:
/// they exist if and only if the booking change is saved.
/// </summary>
public sealed class InterviewInvites(HiringDbContext db, MailOutbox outbox, MailLinks links, IOptions<MailOptions> mail, InterviewClock zone, TimeProvider clock)
{
    public enum Change { Booked, Moved, Cancelled, Removed }

    /// <summary>Queues one mail per person; the caller saves.</summary>
    public async Task QueueAsync(Interview interview, Change change, IEnumerable<string> interviewerIds, bool toCandidate, CancellationToken ct = default)
    {
        var app = await db.Applications.AsNoTracking().Where(a => a.Id == interview.ApplicationId)
            .Select(a => new { a.Candidate!.Email, a.Candidate.DisplayName, Post = a.Post!.Title }).SingleAsync(ct);
        var ids = interviewerIds.ToList();
        var panel = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Email, u.DisplayName }).ToListAsync(ct);

        if (toCandidate && app.Email is not null)
            Queue(interview, change, (app.Email, app.DisplayName), $"Your interview for {app.Post}", CandidateText(interview, change, app.Post), interview.ApplicationId);
        foreach (var p in panel.Where(p => p.Email is not null))
            Queue(interview, change, (p.Email!, p.DisplayName), $"Interview: {app.DisplayName} for {app.Post}",
                PanelText(interview, change, app.DisplayName, app.Post), applicationId: null);
    }

    /// <summary>Only the candidate's own mail is filed under the application (their history and inbox); panel mail is not.</summary>
    private void Queue(Interview interview, Change change, (string Email, string Name) to, string subject, string text, Guid? applicationId)
    {
        var method = change is Change.Cancelled or Change.Removed ? CalendarInvite.Cancel : CalendarInvite.Request;
        var prefix = change switch { Change.Moved => "Changed: ", Change.Cancelled or Change.Removed => "Cancelled: ", _ => "" };
        var o = mail.Value;
        var ics = CalendarInvite.For(interview, method, subject, text, (o.FromAddress, o.FromName), to, clock.GetUtcNow().UtcDateTime);
        outbox.Enqueue(to.Email, to.Name, prefix + subject, text, applicationId, attachment: ics);
    }

    private string When(Interview i) => zone.Describe(i.StartsAt, i.EndsAt);

    private string Link(Interview i) => links.To($"/Interviews/Application/{i.ApplicationId}");

    private static string Where(Interview i) => string.Join("\n", new[]
    {
        string.IsNullOrWhiteSpace(i.Location) ? null : $"Place: {i.Location}",
        string.IsNullOrWhiteSpace(i.VideoLink) ? null : $"Video link: {i.VideoLink}",
    }.Where(s => s is not null));

    private string CandidateText(Interview i, Change change, string post) => change switch
    {
        Change.Cancelled or Change.Removed => $"Hello,\n\nYour interview for {post} on {When(i)} is cancelled. We will be in touch about what happens next.",
        Change.Moved => $"Hello,\n\nYour interview for {post} has changed. It is now on {When(i)}.\n{Where(i)}\n\nThe attached calendar entry replaces the earlier one.",
        _ => $"Hello,\n\nWe would like to invite you to an interview for {post} on {When(i)}.\n{Where(i)}\n\nThe attachment adds it to your calendar. If the time does not suit you, reply to this mail.",
    };

    private string PanelText(Interview i, Change change, string candidate, string post) => change switch
    {
        Change.Removed => $"You are no longer on the panel for {candidate} ({post}) on {When(i)}.",
        Change.Cancelled => $"The interview with {candidate} for {post} on {When(i)} is cancelled.",
        Change.Moved => $"The interview with {candidate} for {post} has changed. It is now on {When(i)}.\n{Where(i)}\n\nKit and scorecard: {Link(i)}",
        _ => $"You are on the panel to interview {candidate} for {post} on {When(i)}.\n{Where(i)}\n\nKit and scorecard: {Link(i)}",
    };
}
