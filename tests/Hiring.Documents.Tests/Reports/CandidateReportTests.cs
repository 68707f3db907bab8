using Hiring.Documents.Layout.Fonts;
using Hiring.Documents.Reports;

namespace Hiring.Documents.Tests.Reports;

public class CandidateReportTests
{
    [Fact]
    public void The_report_reads_back_the_candidate_each_test_score_and_percentile_and_the_flags()
    {
        var model = SampleReports.Full();
        var text = Pdf.AllText(CandidateReportPdf.Render(model));

        Assert.Contains("Amélie Okonkwo-Brandão", text);
        Assert.Contains("Situational judgement PASSED SCORE PERCENT PERCENTILE TIME USED PASS MARK 31 / 40 77.5% 78th 21:30 of 25:00 60%", text);
        Assert.Contains("Typing PASSED", text);
        Assert.Contains("NET SPEED ACCURACY GROSS SPEED PERCENTILE TIME USED 41.0 WPM 96.8% 46.5 WPM 64th 2:00 of 2:00 PASS MARK 30 net WPM", text);
        Assert.Contains("Reading comprehension PASSED", text);
        Assert.Contains("71st 12:24 of 15:00 238 WPM COMPREHENSION PASS MARK 75.0% 65%", text);
        Assert.Contains("17 / 24 70.8% 55th", text);
        Assert.Contains("Left the test window 6 times, 2 min 40 s away in total Warning", text);
        Assert.Contains("Answered unusually fast 4 items under 3 s each (median 21 s) Serious", text);
        Assert.Contains("Recommendation: Borderline for an offer: panel average 3.8 / 5, 2 of 2 interviewers for hiring; check 1 serious integrity flag first.", text);
    }

    [Fact]
    public void An_interviewers_note_on_a_question_is_printed_under_it_and_an_unrated_question_says_so()
    {
        var model = SampleReports.Full();
        var card = model.Scorecards[0];
        var ratings = card.Ratings.Select((r, i) => i switch
        {
            0 => r with { Note = "Calmed an angry caller about a late refund." },
            1 => r with { Rating = null, Note = "Ran out of time before this one." },
            _ => r,
        }).ToList();
        var text = Pdf.AllText(CandidateReportPdf.Render(model with { Scorecards = [card with { Ratings = ratings }, .. model.Scorecards.Skip(1)] }));

        Assert.Contains("Note: Calmed an angry caller about a late refund.", text);
        Assert.Contains("Note: Ran out of time before this one.", text);
        Assert.Contains("not rated", text);
    }

    [Fact]
    public void A_full_report_has_five_numbered_pages_with_the_confidentiality_footer()
    {
        var pages = Pdf.PageTexts(CandidateReportPdf.Render(SampleReports.Full()));

        Assert.Equal(5, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("Confidential: for this post's hiring team only; do not forward. Generated 24 Nov 2026, 09:30 UTC.", pages[i]);
            Assert.EndsWith($"Page {i + 1} of 5", pages[i]);
        }
    }

    [Fact]
    public void Every_embedded_font_is_a_subset_and_the_report_stays_under_100_KB()
    {
        var pdf = CandidateReportPdf.Render(SampleReports.Full());
        var fonts = Pdf.EmbeddedFonts(pdf);

        Assert.True(pdf.Length < 100 * 1024, $"{pdf.Length} bytes");
        Assert.Equal(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"], fonts.Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).Order());
        // The whole DejaVuSans.ttf is 757 KB and the bold 705 KB: a subset of a few dozen glyphs is a few KB.
        Assert.All(fonts, f => Assert.InRange(f.Bytes, 1, 30_000));
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+", f.Name));
    }

    [Fact]
    public void A_candidate_with_no_tests_gets_a_report_that_says_so()
    {
        var model = SampleReports.NoTests();
        var text = Pdf.AllText(CandidateReportPdf.Render(model));

        Assert.Contains("Noah Fischer", text);
        Assert.Contains("Recommendation: No tests taken yet: no recommendation can be made.", text);
        Assert.Contains("No tests taken yet. Noah Fischer has not completed any test", text);
        Assert.Contains("No tests taken, so no integrity checks have run.", text);
        Assert.Contains("No interview scorecards yet.", text);
        Assert.DoesNotContain("Competency profile", text);
    }

    [Theory]
    [InlineData("Zoë Ñúñez-Øvergård Łukasz Dvořák")]
    [InlineData("张伟 (Zhang Wei)")]
    [InlineData("Ōtsuka 大塚 愛 김민준")]
    public void Names_with_accents_and_cjk_characters_render_with_real_glyphs(string name)
    {
        var pdf = CandidateReportPdf.Render(SampleReports.Full(name: name));
        using var doc = Pdf.Open(pdf);
        var page = doc.GetPage(1);

        Assert.Contains(name.Replace(" ", ""), string.Concat(page.Letters.Select(l => l.Value)).Replace(" ", ""));
        // No tofu: each character is drawn with a face that has a glyph for it…
        Assert.All(name.EnumerateRunes(), r => Assert.True(FontCatalog.Resolve(r.Value, FontStyle.Bold).Covers(r.Value), $"U+{r.Value:X4}"));
        // …and the CJK ones really come from the CJK fallback, not DejaVu.
        var cjk = page.Letters.Where(l => l.Value.EnumerateRunes().Any(r => r.Value >= 0x3000)).ToList();
        Assert.All(cjk, l => Assert.DoesNotContain("DejaVu", l.FontName ?? ""));
        Assert.True(pdf.Length < 100 * 1024, $"{pdf.Length} bytes");
    }

    [Fact]
    public void A_very_long_name_wraps_inside_the_page()
    {
        var name = "Maria-Fernanda Alexandrina Constantinopoulou-Wolfeschlegelsteinhausenbergerdorff de la Santísima Trinidad y Villanueva";
        using var doc = Pdf.Open(CandidateReportPdf.Render(SampleReports.Full(name: name)));

        foreach (var page in doc.GetPages())
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, page.Width - 42 + 0.5));
        Assert.Contains("Wolfeschlegelsteinhausenbergerdorff", string.Concat(doc.GetPage(1).Letters.Select(l => l.Value)));
    }
}

public class CandidateReportConcurrencyTests
{
    [Fact]
    public void Reports_rendered_in_parallel_are_identical_to_one_rendered_alone()
    {
        var alone = CandidateReportPdf.Render(SampleReports.Full(3));
        var parallel = new byte[8][];
        Parallel.For(0, parallel.Length, i => parallel[i] = CandidateReportPdf.Render(SampleReports.Full(3)));

        Assert.All(parallel, pdf => Assert.Equal(alone, pdf));
    }
}
