using Hiring.Documents.Layout;

namespace Hiring.Documents.Reports;

/// <summary>Interview scorecards (each interviewer's ratings and the average) and recruiter notes.</summary>
internal static class InterviewSection
{
    public static Element Scorecards(CandidateReportModel model)
    {
        if (model.Scorecards.Count == 0)
            return ReportStyle.Section("Interview scorecards", ReportStyle.Note("No interview scorecards yet."));
        var summary = new Table([3, 2, 1.4f, 2], ["Interviewer", "Date", "Average", "Overall"]);
        foreach (var card in model.Scorecards)
            summary.AddRow(card.Interviewer, ReportStyle.Date(card.At), Average(card.Average), card.Overall);
        var panel = model.PanelAverage is { } average ? $"{average:0.0} / 5 over {model.PanelRatings.Count} ratings" : "no ratings";
        var cards = model.Scorecards.Select(Card).ToArray();
        return ReportStyle.Section("Interview scorecards", summary,
            [new Text([new Span("Panel average: ", ReportStyle.Body.Bold()), new Span(panel, ReportStyle.Body)]), .. cards]);
    }

    public static Element Notes(CandidateReportModel model)
    {
        if (model.Notes.Count == 0)
            return ReportStyle.Section("Recruiter notes", ReportStyle.Note("No recruiter notes."));
        var notes = model.Notes
            .Select(n => (Element)new Text([
                new Span($"{n.Author}, {ReportStyle.DateTime(n.At)}: ", ReportStyle.Body.Bold()),
                new Span(n.Text, ReportStyle.Body)]))
            .ToArray();
        return ReportStyle.Section("Recruiter notes", notes[0], notes[1..]);
    }

    private static Element Card(Scorecard card)
    {
        var table = new Table([5.5f, 2.5f, 1], ["Question", "Competency", "Rating"]);
        foreach (var r in card.Ratings)
        {
            var question = r.Note is { } note
                ? new Text([new Span(r.Question, Small), new Span("\nNote: ", Small.Bold()), new Span(note, Small.Italic())])
                : new Text(r.Question, Small);
            table.AddRow(question, new Text(r.Competency, Small), new Text(r.Rating is { } rating ? $"{rating} / 5" : "not rated", Small.Bold()));
        }
        var heading = new Text([
            new Span(card.Interviewer, ReportStyle.Subheading),
            new Span($"  {ReportStyle.Date(card.At)} · average {Average(card.Average)} · overall: {card.Overall}", ReportStyle.Small)]);
        var body = new Column(4) { table };
        if (!string.IsNullOrWhiteSpace(card.Comment)) body.Add(new Text($"“{card.Comment}”", ReportStyle.Body.Italic()));
        return new KeepWithNext(heading, body, 4).PaddingTop(4);
    }

    private static string Average(double? average) => average is { } a ? $"{a:0.0} / 5" : "—";

    private static readonly TextStyle Small = ReportStyle.Body.WithSize(8.5f);
}
