using Hiring.Documents;
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
                ? new(Words.T("Which shifts can you work?"), Words.T("None of the post's shifts"), Words.T("can work none of the post's shifts"))
                : new(Words.T("Which shifts can you work?"), s.ShiftsAvailable),
        };
        // A weekend shift ticked already says so: one answer per fact.
        if (!Screening.NamesWeekend(s.ShiftsAvailable)) list.Add(new(Words.T("Can you work weekends?"), YesNo(s.Weekends)));
        if (!string.IsNullOrWhiteSpace(languages)) list.Add(new(Words.T("Which languages do you speak well enough to help a customer?"), languages));
        if (s.QuietRoom is { } room)
            list.Add(new(Words.T("Do you have a quiet room to take calls in at home?"), YesNo(room), room ? null : Words.T("no quiet room for calls at home")));
        if (s.ReliableConnection is { } line)
            list.Add(new(Words.T("Do you have a reliable wired or fibre broadband connection?"), YesNo(line), line ? null : Words.T("no reliable broadband at home")));
        list.Add(new(Words.T("How long have you worked in a contact centre?"), Months(s.ContactCentreMonths)));
        if (s.CallsPerHour is { } calls) list.Add(new(Words.T("How many calls do you take in an hour?"), Words.F("About {0}", calls)));
        if (s.AverageCallMinutes is { } minutes) list.Add(new(Words.T("How long is your average call?"), Words.F("About {0:0.#} minutes", minutes)));
        if (s.FirstCallResolutionPercent is { } fcr) list.Add(new(Words.T("What share of calls do you resolve first time?"), Words.F("About {0:0.#}%", fcr)));
        if (!string.IsNullOrWhiteSpace(s.ProductsSold)) list.Add(new(Words.T("What have you sold by phone?"), s.ProductsSold));
        if (s.ConversionRatePercent is { } rate) list.Add(new(Words.T("What was your conversion rate?"), Words.F("About {0:0.#}%", rate)));
        foreach (var c in custom)
            list.Add(new(c.Question, (string.IsNullOrWhiteSpace(c.Value) ? Words.T("Not answered") : c.Value.Trim())
                + (c.KnocksOut ? Words.T(" (a knock-out answer for this post)") : ""), c.KnocksOut ? Words.F("knock-out answer to “{0}”", c.Question.TrimEnd('?', '？', ' ')) : null));
        return list;
    }

    private static string YesNo(bool b) => b ? Words.T("Yes") : Words.T("No");

    private static string Months(int months) => months switch
    {
        <= 0 => Words.T("No contact-centre experience"),
        1 => Words.T("1 month"),
        < 24 => Words.F("{0} months", months),
        _ when months % 12 == 0 => Words.F("{0} years", months / 12),
        _ => Words.F(months % 12 == 1 ? "{0} years {1} month" : "{0} years {1} months", months / 12, months % 12),
    };
}
