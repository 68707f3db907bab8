using Hiring.Documents.Layout;

namespace Hiring.Documents.Reports;

/// <summary>Interview scorecards (each interviewer's ratings and the average) and recruiter notes.</summary>
internal static class InterviewSection
{
    public static Element Scorecards(CandidateReportModel model)
    {
        if (model.Scorecards.Count == 0)
            return ReportStyle.Section(Words.T("Interview scorecards"), ReportStyle.Note(Words.T("No interview scorecards yet.")));
        var summary = new Table([3, 2, 1.4f, 2], [Words.T("Interviewer"), Words.T("Date"), Words.T("Average"), Words.T("Overall")]);
        foreach (var card in model.Scorecards)
            summary.AddRow(card.Interviewer, Words.Date(card.At), Average(card.Average), card.Overall);
        var panel = model.PanelAverage is { } average ? Words.F("{0:0.0} / 5 over {1} ratings", average, model.PanelRatings.Count) : Words.T("no ratings");
        var cards = model.Scorecards.Select(Card).ToArray();
        return ReportStyle.Section(Words.T("Interview scorecards"), summary,
            [new Text([new Span(Words.T("Panel average: "), ReportStyle.Body.Bold()), new Span(panel, ReportStyle.Body)]), .. cards]);
    }

    public static Element Notes(CandidateReportModel model)
    {
        if (model.Notes.Count == 0)
            return ReportStyle.Section(Words.T("Recruiter notes"), ReportStyle.Note(Words.T("No recruiter notes.")));
        var notes = model.Notes
            .Select(n => (Element)new Text([
                new Span(Words.F("{0}, {1}: ", n.Author, Words.DateTime(n.At)), ReportStyle.Body.Bold()),
                new Span(n.Text, ReportStyle.Body)]))
            .ToArray();
        return ReportStyle.Section(Words.T("Recruiter notes"), notes[0], notes[1..]);
    }

    private static Element Card(Scorecard card)
    {
        var table = new Table([5.5f, 2.5f, 1], [Words.T("Question"), Words.T("Competency"), Words.T("Rating")]);
        foreach (var r in card.Ratings)
        {
            var question = r.Note is { } note
                ? new Text([new Span(r.Question, Small), new Span("\n" + Words.T("Note: "), Small.Bold()), new Span(note, Small.Italic())])
                : new Text(r.Question, Small);
            table.AddRow(question, new Text(r.Competency, Small), new Text(r.Rating is { } rating ? $"{rating} / 5" : Words.T("not rated"), Small.Bold()));
        }
        var heading = new Text([
            new Span(card.Interviewer, ReportStyle.Subheading),
            new Span(Words.F("  {0} · average {1} · overall: {2}", Words.Date(card.At), Average(card.Average), card.Overall), ReportStyle.Small)]);
        var body = new Column(4) { table };
        if (!string.IsNullOrWhiteSpace(card.Comment)) body.Add(new Text($"“{card.Comment}”", ReportStyle.Body.Italic()));
        return new KeepWithNext(heading, body, 4).PaddingTop(4);
    }

    private static string Average(double? average) => average is { } a ? $"{a:0.0} / 5" : "—";

    private static readonly TextStyle Small = ReportStyle.Body.WithSize(8.5f);
}
