using Hiring.Documents.Layout;

namespace Hiring.Documents.Reports;

/// <summary>Integrity flags with the figures behind them, and the screening questions' answers.</summary>
internal static class IntegrityAndScreening
{
    public static Element Flags(CandidateReportModel model)
    {
        if (model.Flags.Count == 0)
            return ReportStyle.Section("Integrity flags", ReportStyle.Note(model.Tests.Count == 0
                ? "No tests taken, so no integrity checks have run."
                : "No integrity flags were raised during the tests."));
        var table = new Table([1.9f, 2.4f, 3.4f, 1.1f], ["Test", "Flag", "Figures", "Severity"]);
        foreach (var flag in model.Flags)
        {
            var ink = flag.Severity switch
            {
                FlagSeverity.Serious => ReportStyle.FailInk,
                FlagSeverity.Warning => ReportStyle.WarnInk,
                _ => ReportStyle.Muted,
            };
            table.AddRow(new Text(flag.Test, Small), new Text(flag.Flag, Small), new Text(flag.Figures, Small),
                new Text(flag.Severity.ToString(), Small.Bold().WithColor(ink)));
        }
        return ReportStyle.Section("Integrity flags", table,
            new Text("Flags are signals for a conversation, not findings: ask about them before drawing conclusions.", ReportStyle.Small));
    }

    public static Element Screening(CandidateReportModel model)
    {
        if (model.Screening.Count == 0)
            return ReportStyle.Section("Screening answers", ReportStyle.Note("The post asked no screening questions."));
        var answers = model.Screening
            .Select(a => (Element)new Column(2)
            {
                new Text(a.Question, ReportStyle.Body.Bold()),
                new Text(string.IsNullOrWhiteSpace(a.Answer) ? "(no answer)" : a.Answer, ReportStyle.Body),
            }.KeepTogether())
            .ToArray();
        return ReportStyle.Section("Screening answers", answers[0], answers[1..]);
    }

    private static readonly TextStyle Small = ReportStyle.Body.WithSize(8.5f);
}
