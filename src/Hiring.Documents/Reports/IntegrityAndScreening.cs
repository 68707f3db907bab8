using Hiring.Documents.Layout;

namespace Hiring.Documents.Reports;

/// <summary>Integrity flags with the figures behind them, and the screening questions' answers.</summary>
internal static class IntegrityAndScreening
{
    public static Element Flags(CandidateReportModel model)
    {
        if (model.Flags.Count == 0)
            return ReportStyle.Section(Words.T("Integrity flags"), ReportStyle.Note(model.Tests.Count == 0
                ? Words.T("No tests taken, so no integrity checks have run.")
                : Words.T("No integrity flags were raised during the tests.")));
        var table = new Table([1.9f, 2.4f, 3.4f, 1.1f], [Words.T("Test"), Words.T("Flag"), Words.T("Figures"), Words.T("Severity")]);
        foreach (var flag in model.Flags)
        {
            var ink = flag.Severity switch
            {
                FlagSeverity.Serious => ReportStyle.FailInk,
                FlagSeverity.Warning => ReportStyle.WarnInk,
                _ => ReportStyle.Muted,
            };
            table.AddRow(new Text(flag.Test, Small), new Text(flag.Flag, Small), new Text(flag.Figures, Small),
                new Text(Severity(flag.Severity), Small.Bold().WithColor(ink)));
        }
        return ReportStyle.Section(Words.T("Integrity flags"), table,
            new Text(Words.T("Flags are signals for a conversation, not findings: ask about them before drawing conclusions."), ReportStyle.Small));
    }

    public static Element Screening(CandidateReportModel model)
    {
        if (model.Screening.Count == 0)
            return ReportStyle.Section(Words.T("Screening answers"), ReportStyle.Note(Words.T("The post asked no screening questions.")));
        var answers = model.Screening
            .Select(a => (Element)new Column(2)
            {
                new Text(a.Question, ReportStyle.Body.Bold()),
                new Text(string.IsNullOrWhiteSpace(a.Answer) ? Words.T("(no answer)") : a.Answer, ReportStyle.Body),
            }.KeepTogether())
            .ToArray();
        return ReportStyle.Section(Words.T("Screening answers"), answers[0], answers[1..]);
    }

    /// <summary>A severity as the reader's word for it ("Note" for information only).</summary>
    public static string Severity(FlagSeverity s) => s switch
    {
        FlagSeverity.Serious => Words.T("Serious"),
        FlagSeverity.Warning => Words.T("Warning"),
        _ => Words.T("Note"),
    };

    private static readonly TextStyle Small = ReportStyle.Body.WithSize(8.5f);
}
