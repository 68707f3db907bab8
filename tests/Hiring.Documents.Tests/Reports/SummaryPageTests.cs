using Hiring.Documents.Reports;

namespace Hiring.Documents.Tests.Reports;

/// <summary>Page 1 decides: the recommendation's reasons, every test against its pass mark and norm, strengths and
/// probes, the panel, and the concerns, all before the page turns (issue 16, "One page that decides").</summary>
public class SummaryPageTests
{
    private static string PageOne(CandidateReportModel model) => Pdf.PageTexts(CandidateReportPdf.Render(model))[0];

    [Fact]
    public void Page_one_carries_the_reasons_the_tests_the_competencies_the_panel_and_the_concerns()
    {
        var page = PageOne(SampleReports.Full());

        Assert.Contains("Passed all 4 tests taken.", page);
        Assert.Contains("Composite 74.6 / 100 against a target of 65; 3rd of 27 tested applicants for this post.", page);
        Assert.Contains("Interview panel: average 3.8 / 5, 2 of 2 interviewers for hiring.", page);
        Assert.Contains("Integrity: 1 serious (Answered unusually fast); 1 warning (Left the test window); 1 note (Pasted text).", page);
        Assert.Contains("better than 78% of 412 Inbound candidates tested since Mar 2026", page);
        Assert.Contains("41.0 net WPM", page);
        Assert.Contains("96.8% accuracy · better than 64% of typists in the published norm", page);
        Assert.Contains("Top strengths", page);
        Assert.Contains("Areas to probe at interview", page);
        Assert.Contains("Priya Raman: Yes, average 4.0 / 5", page);
        Assert.DoesNotContain("Test results", page); // the detail starts on page 2
    }

    [Fact]
    public void A_small_norm_group_is_read_in_words_with_a_caution_never_as_an_ordinal_of_the_group()
    {
        var model = SampleReports.Full();
        var sjt = model.Tests[0] with { Percentile = 22, NormSize = 16 };
        var text = Pdf.AllText(CandidateReportPdf.Render(model with { Tests = [sjt, .. model.Tests.Skip(1)] }));

        Assert.Contains("better than 22% of 16 Inbound candidates tested since Mar 2026 (a small group: read with caution)", text);
        Assert.DoesNotContain("22nd of 16", text);
    }

    [Fact]
    public void Screening_red_flags_are_counted_and_named()
    {
        var model = SampleReports.Full();
        var screening = model.Screening.Append(new ScreeningAnswer("Do you have a quiet room to take calls in at home?", "No", "no quiet room for calls at home")).ToList();

        Assert.Contains("Screening: 1 red flag: no quiet room for calls at home.", PageOne(model with { Screening = screening }));
        Assert.Contains("Screening: no red flags in the answers.", PageOne(model));
    }

    [Fact]
    public void Typing_reads_in_net_words_per_minute_not_as_an_index_out_of_100()
    {
        var text = Pdf.AllText(CandidateReportPdf.Render(SampleReports.Full()));

        Assert.DoesNotContain("52 / 60", text);
        Assert.Contains("NET SPEED ACCURACY GROSS SPEED PERCENTILE TIME USED 41.0 WPM 96.8% 46.5 WPM 64th 2:00 of 2:00", text);
    }
}
