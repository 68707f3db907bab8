using Ical.Net;
using Ical.Net.CalendarComponents;
using MimeKit;

namespace Hiring.Web.Tests.Interviews;

/// <summary>Reads the calendar attachment of an interview mail back with Ical.Net.</summary>
public static class Invites
{
    public static (Calendar Calendar, CalendarEvent Event) Read(MimeMessage mail)
    {
        var part = mail.Attachments.OfType<MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
        return (calendar, calendar.Events.Single());
    }
}
