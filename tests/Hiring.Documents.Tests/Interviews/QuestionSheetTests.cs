using System.Text.RegularExpressions;
using Hiring.Documents.Interviews;

namespace Hiring.Documents.Tests.Interviews;

public class QuestionSheetTests
{
    private static readonly DateTimeOffset Generated = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private static SheetQuestion Question(int n) => new(
        $"Tell us about a time a caller was angry at the start of the call (case {n}).", "Calming angry customers",
        ["What did you say first?", "What did the caller say when it calmed down?", "What would you do differently?"],
        "Names the feeling, moves to a fix, follows up.", "Stays calm, fixes it, little empathy.", "Argues or passes the caller on.");

    private static QuestionSheetModel Kit(int questions, params SheetCandidate[] candidates) =>
        new("Inbound agent interview kit, version 3", "Inbound Customer Service Agent",
            Enumerable.Range(1, questions).Select(Question).ToList(), candidates, Generated);

    private static readonly SheetCandidate Amelie = new("Amélie Okonkwo-Brandão", "APP-2026-4711", "17 Mar 2026, 10:00 Europe/London", "Priya Raman");

    [Fact]
    public void The_sheet_reads_back_the_candidate_and_every_question_in_order()
    {
        var text = Pdf.AllText(QuestionSheetPdf.Render(Kit(8, Amelie)));

        Assert.Contains("Candidate Amélie Okonkwo-Brandão", text);
        Assert.Contains("Interviewer Priya Raman", text);
        var numbers = Regex.Matches(text, @"Q(\d+)\. Tell us").Select(m => int.Parse(m.Groups[1].Value));
        Assert.Equal(Enumerable.Range(1, 8), numbers);
        Assert.Contains("Overall recommendation Strong yes Yes No Strong no", text);
    }

    [Fact]
    public void Forty_questions_span_pages_and_no_question_is_cut_in_half()
    {
        var pages = Pdf.PageTexts(QuestionSheetPdf.Render(Kit(40, Amelie))).ToList();

        Assert.True(pages.Count >= 8, $"{pages.Count} pages");
        for (var n = 1; n <= 40; n++)
        {
            var start = pages.FindIndex(p => p.Contains($"Q{n}. Tell us"));
            var end = pages.FindIndex(p => p.Contains($"Rating for Q{n} "));
            Assert.True(start >= 0 && start == end, $"Q{n} starts on page {start + 1} and ends on page {end + 1}");
        }
        for (var i = 0; i < pages.Count; i++) Assert.EndsWith($"Page {i + 1} of {pages.Count}", pages[i]);
    }

    [Fact]
    public void Several_candidates_share_one_pdf_and_each_starts_a_new_page_numbered_from_one()
    {
        var candidates = new[] { Amelie, new SheetCandidate("Noah Fischer"), new SheetCandidate("张伟") };
        var pages = Pdf.PageTexts(QuestionSheetPdf.Render(Kit(12, candidates)));
        var firsts = pages.Select((p, i) => (p, i)).Where(x => x.p.Contains("Interview question sheet")).Select(x => x.i).ToList();

        Assert.Equal(3, firsts.Count);
        Assert.Equal(0, firsts[0]);
        for (var c = 0; c < 3; c++)
        {
            Assert.Contains($"Candidate {candidates[c].Name}", pages[firsts[c]]);
            Assert.EndsWith("Page 1 of " + ((c < 2 ? firsts[c + 1] : pages.Count) - firsts[c]), pages[firsts[c]]);
        }
    }

    [Fact]
    public void The_blank_kit_leaves_the_candidate_to_be_written_in()
    {
        var model = QuestionSheetModel.BlankKit("Walk-in kit", "Outbound Telemarketer", Enumerable.Range(1, 5).Select(Question).ToList(), Generated);
        var pages = Pdf.PageTexts(QuestionSheetPdf.Render(model));

        Assert.StartsWith("Walk-in candidate · Outbound Telemarketer", pages[0]);
        Assert.Contains("Post Outbound Telemarketer", pages[0]);
        Assert.All(new[] { "Candidate", "Date and time", "Interviewer", "Signature" }, label => Assert.Contains(label, string.Join(" ", pages)));
        Assert.Contains("Q5. Tell us", string.Join(" ", pages));
    }

    [Fact]
    public void Each_question_says_whether_it_is_behavioural_and_which_weak_area_it_probes()
    {
        var questions = new[] { Question(1) with { Behavioural = true, Probing = "Calming angry customers (test score 41.0)" }, Question(2) };
        var text = Pdf.AllText(QuestionSheetPdf.Render(new QuestionSheetModel("Kit", "Inbound Customer Service Agent", questions, [Amelie], Generated)));

        Assert.Contains("Behavioural: ask for one real past example · probes a weak area from the tests: Calming angry customers (test score 41.0)", text);
        Assert.Contains("Situational or general", text);
    }

    [Fact]
    public void Each_question_has_four_centimetres_to_write_in_and_a_rating_guide_of_at_least_9_pt()
    {
        using var pdf = Pdf.Open(QuestionSheetPdf.Render(Kit(2, Amelie)));
        var words = pdf.GetPage(1).GetWords().ToList();
        var notes = words.First(w => w.Text == "Notes");
        var rating = words.First(w => w.Text == "Rating" && w.BoundingBox.Bottom < notes.BoundingBox.Bottom);

        Assert.True(notes.BoundingBox.Top - rating.BoundingBox.Top >= 4 / 2.54 * 72, $"{notes.BoundingBox.Top - rating.BoundingBox.Top:0} pt between Notes and the rating row");
        var guide = words.SkipWhile(w => w.Text != "Strong:").TakeWhile(w => w.Text != "Notes").SelectMany(w => w.Letters).ToList();
        Assert.NotEmpty(guide);
        Assert.All(guide, l => Assert.True(l.PointSize >= 9, $"'{l.Value}' at {l.PointSize} pt"));
    }
}
