using Hiring.Documents.Reports;
using Hiring.Web.Domain;
using Hiring.Web.Reports;

namespace Hiring.Web.Tests.Reports;

/// <summary>How the report words screening answers, flags and zip entry names; expected values written by hand.</summary>
public class ReportWordsTests
{
    [Fact]
    public void Screening_answers_read_as_questions_and_plain_answers()
    {
        var screening = new Screening
        {
            ShiftsAvailable = "Early, Late", Weekends = false, QuietRoom = true, ReliableConnection = false,
            ContactCentreMonths = 30, CallsPerHour = 12, AverageCallMinutes = 6.5, FirstCallResolutionPercent = 82,
        };

        var answers = ScreeningWords.Of(screening, "English, Welsh", [new("Do you hold a driving licence?", "No", KnocksOut: true), new("Notice period (weeks)?", " ", false)]);

        Assert.Equal(
        [
            new("Which shifts can you work?", "Early, Late"),
            new("Can you work weekends?", "No"),
            new("Which languages do you speak well enough to help a customer?", "English, Welsh"),
            new("Do you have a quiet room to take calls in at home?", "Yes"),
            new("Do you have a reliable wired or fibre broadband connection?", "No", "no reliable broadband at home"),
            new("How long have you worked in a contact centre?", "2 years 6 months"),
            new("How many calls do you take in an hour?", "About 12"),
            new("How long is your average call?", "About 6.5 minutes"),
            new("What share of calls do you resolve first time?", "About 82%"),
            new("Do you hold a driving licence?", "No (a knock-out answer for this post)", "knock-out answer to “Do you hold a driving licence”"),
            new("Notice period (weeks)?", "Not answered"),
        ], answers);
    }

    [Fact]
    public void An_applicant_without_experience_is_not_asked_for_figures()
    {
        var answers = ScreeningWords.Of(new Screening { ShiftsAvailable = "", Weekends = true }, "", []);

        Assert.Equal(
        [
            new("Which shifts can you work?", "None of the post's shifts", "can work none of the post's shifts"),
            new("Can you work weekends?", "Yes"),
            new("How long have you worked in a contact centre?", "No contact-centre experience"),
        ], answers);
    }

    [Fact]
    public void Integrity_signals_become_flags_with_the_figures_and_a_severity()
    {
        var signals = new AttemptSignals(BlurCount: 6, AwaySeconds: 160, PasteCount: 1, CopyCount: 0, FullscreenExits: 0, SyntheticInputs: 3,
            OutageCount: 1, OutageSeconds: 75, CreditOutages: true, CreditedSeconds: 75);

        var flags = ReportFlags.Of("Typing", signals, ["Keystrokes at a steady 10 ms"]).ToList();

        Assert.Equal(
        [
            new("Typing", "Left the test window", "6 times, 2 min 40 s away in total", FlagSeverity.Warning),
            new("Typing", "Tried to paste", "once (blocked)", FlagSeverity.Info),
            new("Typing", "Input not made by a keyboard", "3 events ignored", FlagSeverity.Serious),
            new("Typing", "Connection lost", "once, 1 min 15 s; 1 min 15 s given back", FlagSeverity.Info),
            new("Typing", "Typing pattern", "Keystrokes at a steady 10 ms", FlagSeverity.Warning),
        ], flags);
    }

    [Theory]
    [InlineData(1, 20, FlagSeverity.Info)]
    [InlineData(3, 20, FlagSeverity.Warning)]
    [InlineData(1, 60, FlagSeverity.Warning)]
    [InlineData(2, 300, FlagSeverity.Serious)]
    public void Time_away_grows_more_serious_with_count_and_length(int blurs, int awaySeconds, FlagSeverity expected)
    {
        var flag = ReportFlags.Of("Reading", new AttemptSignals(blurs, awaySeconds, 0, 0, 0, 0, 0, 0, false, 0), []).Single();

        Assert.Equal(expected, flag.Severity);
    }

    [Fact]
    public void A_clean_attempt_raises_no_flag() =>
        Assert.Empty(ReportFlags.Of("Typing", new AttemptSignals(0, 0, 0, 0, 0, 0, 0, 0, false, 0), []));

    [Fact]
    public void Namesakes_in_one_zip_get_numbered_file_names()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var names = new[] { "report-sam.pdf", "report-sam.pdf", "Report-Sam.pdf", "report-ali.pdf" }.Select(n => ReportDownloads.UniqueName(n, taken));

        Assert.Equal(["report-sam.pdf", "report-sam-2.pdf", "Report-Sam-3.pdf", "report-ali.pdf"], names);
    }
}
