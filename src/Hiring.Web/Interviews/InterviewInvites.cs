using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Interviews;

/// <summary>
/// Mails the candidate and the panel about an interview, each with a calendar attachment addressed
/// to them, each in the recipient's language (their saved one, else the request's): the mail and the
/// .ics summary and description alike. The mails are queued in the <see cref="MailOutbox"/> and join
/// the caller's unit of work: they exist if and only if the booking change is saved.
/// </summary>
public sealed class InterviewInvites(HiringDbContext db, MailOutbox outbox, MailLinks links, IOptions<MailOptions> mail, InterviewClock zone, TimeProvider clock,
    IStringLocalizer<InterviewInvites> text)
{
    public enum Change { Booked, Moved, Cancelled, Removed }

    /// <summary>Queues one mail per person; the caller saves.</summary>
    public async Task QueueAsync(Interview interview, Change change, IEnumerable<string> interviewerIds, bool toCandidate, CancellationToken ct = default)
    {
        var app = await db.Applications.AsNoTracking().Where(a => a.Id == interview.ApplicationId)
            .Select(a => new { a.Candidate!.Email, a.Candidate.DisplayName, a.Candidate.Culture, Post = a.Post!.Title }).SingleAsync(ct);
        var ids = interviewerIds.ToList();
        var panel = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Email, u.DisplayName, u.Culture }).ToListAsync(ct);

        if (toCandidate && app.Email is not null)
            using (Localization.CultureSwitch.To(MailOutbox.CultureOf(app.Culture)))
                Queue(interview, change, (app.Email, app.DisplayName), text["Your interview for {0}", app.Post], CandidateText(interview, change, app.Post), interview.ApplicationId);
        foreach (var p in panel.Where(p => p.Email is not null))
            using (Localization.CultureSwitch.To(MailOutbox.CultureOf(p.Culture)))
                Queue(interview, change, (p.Email!, p.DisplayName), text["Interview: {0} for {1}", app.DisplayName, app.Post],
                    PanelText(interview, change, app.DisplayName, app.Post), applicationId: null);
    }

    /// <summary>Only the candidate's own mail is filed under the application (their history and inbox); panel mail is not.</summary>
    private void Queue(Interview interview, Change change, (string Email, string Name) to, string subject, string body, Guid? applicationId)
    {
        var method = change is Change.Cancelled or Change.Removed ? CalendarInvite.Cancel : CalendarInvite.Request;
        var prefix = change switch { Change.Moved => text["Changed: "].Value, Change.Cancelled or Change.Removed => text["Cancelled: "].Value, _ => "" };
        var o = mail.Value;
        var ics = CalendarInvite.For(interview, method, subject, body, (o.FromAddress, o.FromName), to, clock.GetUtcNow().UtcDateTime);
        outbox.Enqueue(to.Email, to.Name, prefix + subject, body, applicationId, attachment: ics);
    }

    private string When(Interview i) => zone.Describe(i.StartsAt, i.EndsAt);

    private string Link(Interview i) => links.To($"/Interviews/Application/{i.ApplicationId}");

    private string Where(Interview i) => string.Join("\n", new[]
    {
        string.IsNullOrWhiteSpace(i.Location) ? null : text["Place: {0}", i.Location].Value,
        string.IsNullOrWhiteSpace(i.VideoLink) ? null : text["Video link: {0}", i.VideoLink].Value,
    }.Where(s => s is not null));

    /// <summary>The closing line of an invitation: a reply only where replies are read (<c>Mail:ReplyTo</c>).</summary>
    private string IfTimeDoesNotSuit() => string.IsNullOrWhiteSpace(mail.Value.ReplyTo)
        ? text["If the time does not suit you, tell us through your application page (this address cannot receive replies)."]
        : text["If the time does not suit you, reply to this mail."];

    private string CandidateText(Interview i, Change change, string post) => change switch
    {
        Change.Cancelled or Change.Removed => text["Hello,\n\nYour interview for {0} on {1} is cancelled. We will be in touch about what happens next.", post, When(i)],
        Change.Moved => text["Hello,\n\nYour interview for {0} has changed. It is now on {1}.\n{2}\n\nThe attached calendar entry replaces the earlier one.", post, When(i), Where(i)],
        _ => text["Hello,\n\nWe would like to invite you to an interview for {0} on {1}.\n{2}\n\nThe attachment adds it to your calendar. {3}", post, When(i), Where(i), IfTimeDoesNotSuit()],
    };

    private string PanelText(Interview i, Change change, string candidate, string post) => change switch
    {
        Change.Removed => text["You are no longer on the panel for {0} ({1}) on {2}.", candidate, post, When(i)],
        Change.Cancelled => text["The interview with {0} for {1} on {2} is cancelled.", candidate, post, When(i)],
        Change.Moved => text["The interview with {0} for {1} has changed. It is now on {2}.\n{3}\n\nKit and scorecard: {4}", candidate, post, When(i), Where(i), Link(i)],
        _ => text["You are on the panel to interview {0} for {1} on {2}.\n{3}\n\nKit and scorecard: {4}", candidate, post, When(i), Where(i), Link(i)],
    };
}
