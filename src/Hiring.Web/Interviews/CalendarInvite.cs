using System.Text;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Hiring.Web.Interviews;

/// <summary>
/// The .ics attached to interview mails (RFC 5546 iTIP): METHOD:REQUEST for a new or changed
/// interview, METHOD:CANCEL to take it out of the calendar. The UID is the interview's, and SEQUENCE
/// its change count, so calendar programs update one event rather than add a second.
/// </summary>
public static class CalendarInvite
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    public static MailAttachment For(Interview interview, string method, string summary, string description,
        (string Email, string Name) organizer, (string Email, string Name) attendee, DateTime stamp)
    {
        var calendar = new Calendar { Method = method };
        calendar.ProductId = "-//Hiring//Interviews//EN";
        var location = string.Join(" · ", new[] { interview.Location, interview.VideoLink }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var e = new CalendarEvent
        {
            Uid = interview.CalendarUid,
            Sequence = interview.Sequence,
            DtStamp = new CalDateTime(stamp.ToUniversalTime()),
            DtStart = new CalDateTime(interview.StartsAt.ToUniversalTime()),
            DtEnd = new CalDateTime(interview.EndsAt.ToUniversalTime()),
            Summary = summary,
            Description = description,
            Location = location,
            Status = method == Cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer("mailto:" + organizer.Email) { CommonName = organizer.Name },
        };
        if (!string.IsNullOrWhiteSpace(interview.VideoLink) && Uri.TryCreate(interview.VideoLink, UriKind.Absolute, out var link)) e.Url = link;
        e.Attendees.Add(new Attendee("mailto:" + attendee.Email)
        {
            CommonName = attendee.Name, Role = "REQ-PARTICIPANT", ParticipationStatus = method == Cancel ? "DECLINED" : "NEEDS-ACTION", Rsvp = method != Cancel,
        });
        calendar.Events.Add(e);
        var text = new CalendarSerializer().SerializeToString(calendar)!;
        return new MailAttachment(method == Cancel ? "cancel.ics" : "invite.ics", $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }
}
