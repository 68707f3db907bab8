using Hiring.Documents.Reports;
using Hiring.Web.Domain;

namespace Hiring.Web.Reports;

/// <summary>A custom question's answer as the report needs it.</summary>
public sealed record CustomAnswer(string Question, string Value, bool KnocksOut);

/// <summary>
/// The standard screening answers and the post's own questions as a hiring manager reads them:
/// a question and a plain answer, never a raw field value, and a red flag where the answer does not fit the post
/// (no shift it needs, no quiet room or broadband for home working, a knock-out answer).
/// </summary>
public static class ScreeningWords
{
    public static List<ScreeningAnswer> Of(Screening s, string languages, IEnumerable<CustomAnswer> custom)
    {
        var list = new List<ScreeningAnswer>
        {
            string.IsNullOrWhiteSpace(s.ShiftsAvailable)
                ? new("Which shifts can you work?", "None of the post's shifts", "can work none of the post's shifts")
                : new("Which shifts can you work?", s.ShiftsAvailable),
            new("Can you work weekends?", YesNo(s.Weekends)),
        };
        if (!string.IsNullOrWhiteSpace(languages)) list.Add(new("Which languages do you speak well enough to help a customer?", languages));
        if (s.QuietRoom is { } room)
            list.Add(new("Do you have a quiet room to take calls in at home?", YesNo(room), room ? null : "no quiet room for calls at home"));
        if (s.ReliableConnection is { } line)
            list.Add(new("Do you have a reliable wired or fibre broadband connection?", YesNo(line), line ? null : "no reliable broadband at home"));
        list.Add(new("How long have you worked in a contact centre?", Months(s.ContactCentreMonths)));
        if (s.CallsPerHour is { } calls) list.Add(new("How many calls do you take in an hour?", $"About {calls}"));
        if (s.AverageCallMinutes is { } minutes) list.Add(new("How long is your average call?", $"About {minutes:0.#} minutes"));
        if (s.FirstCallResolutionPercent is { } fcr) list.Add(new("What share of calls do you resolve first time?", $"About {fcr:0.#}%"));
        if (!string.IsNullOrWhiteSpace(s.ProductsSold)) list.Add(new("What have you sold by phone?", s.ProductsSold));
        if (s.ConversionRatePercent is { } rate) list.Add(new("What was your conversion rate?", $"About {rate:0.#}%"));
        foreach (var c in custom)
            list.Add(new(c.Question, (string.IsNullOrWhiteSpace(c.Value) ? "Not answered" : c.Value.Trim())
                + (c.KnocksOut ? " (a knock-out answer for this post)" : ""), c.KnocksOut ? $"knock-out answer to “{c.Question.TrimEnd('?', ' ')}”" : null));
        return list;
    }

    private static string YesNo(bool b) => b ? "Yes" : "No";

    private static string Months(int months) => months switch
    {
        <= 0 => "No contact-centre experience",
        1 => "1 month",
        < 24 => $"{months} months",
        _ when months % 12 == 0 => $"{months / 12} years",
        _ => $"{months / 12} years {months % 12} month{(months % 12 == 1 ? "" : "s")}",
    };
}
