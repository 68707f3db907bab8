using Hiring.Core.Recruiting;
using Hiring.Documents.Reports;

namespace Hiring.Documents.Tests.Reports;

public class RecommendationTests
{
    /// <summary>Shortlisted, before the interview: the tests decide.</summary>
    private static CandidateReportModel Clean() => SampleReports.Full() with
    {
        Stage = Stage.Shortlisted,
        Flags = SampleReports.Full().Flags.Where(f => f.Severity != FlagSeverity.Serious).ToList(),
    };

    [Fact]
    public void Passing_every_test_above_the_composite_target_is_recommended()
    {
        var r = Recommendation.For(Clean());

        Assert.Equal(Verdict.Recommended, r.Verdict);
        Assert.Equal("Recommended for interview: passed all 4 tests taken, composite 74.6 against 65.", r.Line);
    }

    [Fact]
    public void A_test_below_its_pass_mark_is_not_recommended_and_names_the_shortfall()
    {
        var model = Clean();
        var typing = model.Tests[1] with { Typing = new TypingFigures(30, 24, 91) }; // pass mark 30 net WPM
        var r = Recommendation.For(model with { Tests = [model.Tests[0], typing, model.Tests[2], model.Tests[3]] });

        Assert.Equal(Verdict.NotRecommended, r.Verdict);
        Assert.Equal("Not recommended: below the pass mark in Typing (24.0 net WPM against 30).", r.Line);
    }

    [Fact]
    public void A_composite_below_the_target_is_borderline()
    {
        var r = Recommendation.For(Clean() with { CompositeScore = 61.2 });

        Assert.Equal("Borderline: passed all 4 tests taken, composite 61.2 against 65.", r.Line);
    }

    [Fact]
    public void Tests_still_to_take_keep_it_borderline()
    {
        var model = Clean();
        var r = Recommendation.For(model with { Tests = model.Tests.Take(3).ToList() });

        Assert.Equal("Borderline until 1 more test taken: passed 3 tests taken, composite 74.6 against 65.", r.Line);
    }

    [Theory]
    [InlineData(Stage.Offer, "Offer made")]
    [InlineData(Stage.Hired, "Hired")]
    [InlineData(Stage.Rejected, "Rejected")]
    [InlineData(Stage.Withdrawn, "Withdrawn by the candidate")]
    public void Once_decided_the_report_states_the_decision_instead_of_recommending_an_interview(Stage stage, string start)
    {
        var r = Recommendation.For(Clean() with { Stage = stage });

        Assert.Equal(Verdict.Decided, r.Verdict);
        Assert.StartsWith(start + " — passed 4 of 4 tests taken, composite 74.6, panel average", r.Line);
        Assert.DoesNotContain("for interview", r.Line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void At_the_interview_the_panels_scorecards_decide_with_the_tests_as_a_check()
    {
        var r = Recommendation.For(Clean() with { Stage = Stage.Interview });

        Assert.Equal(Verdict.Recommended, r.Verdict);
        Assert.Equal("Recommended for an offer: panel average 3.8 / 5, 2 of 2 interviewers for hiring; passed all 4 tests taken, composite 74.6 against 65.", r.Line);
    }

    [Fact]
    public void A_panel_against_hiring_is_not_recommended_for_an_offer_whatever_the_tests()
    {
        var model = Clean() with { Stage = Stage.Interview };
        var against = model.Scorecards.Select(c => c with { Call = Hiring.Core.Interviews.Recommendation.No }).ToList();

        var r = Recommendation.For(model with { Scorecards = against });

        Assert.Equal(Verdict.NotRecommended, r.Verdict);
        Assert.StartsWith("Not recommended for an offer: panel average 3.8 / 5, 0 of 2 interviewers for hiring", r.Line);
    }

    [Fact]
    public void At_the_interview_without_scorecards_the_tests_advise_and_the_line_says_the_panel_is_awaited()
    {
        var r = Recommendation.For(Clean() with { Stage = Stage.Interview, Scorecards = [] });

        Assert.Equal(Verdict.Recommended, r.Verdict);
        Assert.Equal("Recommended for interview: passed all 4 tests taken, composite 74.6 against 65; the panel's scorecards are awaited.", r.Line);
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(11, "11th")]
    [InlineData(22, "22nd")]
    [InlineData(73, "73rd")]
    [InlineData(99, "99th")]
    public void Percentiles_read_as_ordinals(int n, string expected) => Assert.Equal(expected, Words.Ordinal(n));

    [Fact]
    public void Only_gaps_of_ten_points_or_more_are_strengths_or_areas_to_probe()
    {
        var (strengths, probes) = CompetencyProfile.Split([
            new("EMP", "Empathy", 72, 60), new("LIS", "Active listening", 50, 60),
            new("MT", "Multitasking", 55, 60), new("CALM", "Calm under pressure", 81, 55)]);

        Assert.Equal(["CALM", "EMP"], strengths.Select(c => c.Key));
        Assert.Equal(["LIS"], probes.Select(c => c.Key));
    }
}

public class ReportFileNameTests
{
    [Theory]
    [InlineData("Amélie Okonkwo-Brandão", "candidate-report-amelie-okonkwo-brandao-2026-11-24.pdf")]
    [InlineData("  Zoë  O'Neil ", "candidate-report-zoe-o-neil-2026-11-24.pdf")]
    [InlineData("张伟", "candidate-report-app-2026-4711-2026-11-24.pdf")]   // no Latin letters: the reference, which differs per person
    public void The_download_name_is_plain_ascii(string name, string expected) =>
        Assert.Equal(expected, CandidateReportPdf.FileName(SampleReports.Full(name: name)));

    [Theory]
    [InlineData("张伟", "candidate-report-张伟-2026-11-24.pdf")]
    [InlineData("محمد العلي", "candidate-report-محمد العلي-2026-11-24.pdf")]
    [InlineData("A/B: \"C\"", "candidate-report-A-B- -C--2026-11-24.pdf")]
    public void The_unicode_download_name_keeps_the_name(string name, string expected) =>
        Assert.Equal(expected, CandidateReportPdf.UnicodeFileName(SampleReports.Full(name: name)));
}
