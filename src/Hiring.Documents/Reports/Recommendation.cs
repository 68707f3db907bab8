using Hiring.Core.Recruiting;

namespace Hiring.Documents.Reports;

/// <summary>Decided: the application is past the point a recommendation serves (offer, hired, rejected, withdrawn).</summary>
public enum Verdict { NotYetAssessed, Recommended, Borderline, NotRecommended, Decided }

/// <summary>
/// The cover's one-line recommendation. It follows the stage: before the interview it advises on the tests (pass marks,
/// composite target, integrity); at the interview on the panel's scorecards as well; once an offer is made or the
/// application is closed it states the decision rather than advising one. It advises, a person decides.
/// </summary>
public sealed record Recommendation(Verdict Verdict, string Line)
{
    /// <summary>The panel average (1–5) from which interviewers are taken to recommend an offer, and below which they are not.</summary>
    public const double PanelYes = 3.5, PanelNo = 2.5;

    public static Recommendation For(CandidateReportModel model) => model.Stage switch
    {
        Stage.Hired => new(Verdict.Decided, Words.F("Hired{0}.", Evidence(model))),
        Stage.Offer => new(Verdict.Decided, Words.F("Offer made{0}.", Evidence(model))),
        Stage.Rejected => new(Verdict.Decided, Words.F("Rejected{0}.", Evidence(model))),
        Stage.Withdrawn => new(Verdict.Decided, Words.F("Withdrawn by the candidate{0}.", Evidence(model))),
        Stage.Interview when model.Scorecards.Any(c => c.Average is not null || c.Call is not null) => AfterInterview(model),
        Stage.Interview => FromTests(model) is var r && r.Verdict == Verdict.NotYetAssessed
            ? new(Verdict.NotYetAssessed, Words.T("Interview under way with no tests taken and no scorecard yet: no recommendation can be made."))
            : r with { Line = Words.F("{0}; the panel's scorecards are awaited.", r.Line.TrimEnd('.', '。')) },
        _ => FromTests(model),
    };

    /// <summary>Before the interview: the tests decide whether to invite.</summary>
    private static Recommendation FromTests(CandidateReportModel model)
    {
        var tests = model.Tests;
        if (tests.Count == 0) return new(Verdict.NotYetAssessed, Words.T("No tests taken yet: no recommendation can be made."));

        var failed = tests.Where(t => !t.Passed).ToList();
        var pending = Math.Max(0, model.Post.BatteryTests - tests.Count);
        var flagNote = FlagNote(model);
        if (failed.Count > 0)
            return new(Verdict.NotRecommended, Words.F("Not recommended: below the pass mark in {0}{1}.",
                string.Join(Words.T(", "), failed.Select(Shortfall)), flagNote));

        var (compositeMet, detail) = TestDetail(model);
        if (!compositeMet) return new(Verdict.Borderline, Words.F("Borderline: {0}{1}.", detail, flagNote));
        if (pending > 0) return new(Verdict.Borderline, Words.F(pending == 1 ? "Borderline until {0} more test taken: {1}{2}." : "Borderline until {0} more tests taken: {1}{2}.", pending, detail, flagNote));
        return flagNote.Length > 0
            ? new(Verdict.Borderline, Words.F("Borderline: {0}{1}.", detail, flagNote))
            : new(Verdict.Recommended, Words.F("Recommended for interview: {0}.", detail));
    }

    /// <summary>At the interview with scorecards in: the panel's average and calls, with the tests as a check.</summary>
    private static Recommendation AfterInterview(CandidateReportModel model)
    {
        var panel = PanelLine(model);
        var failed = model.Tests.Where(t => !t.Passed).ToList();
        var testNote = failed.Count > 0 ? Words.F("; below the pass mark in {0}", string.Join(Words.T(", "), failed.Select(Shortfall))) : "";
        var flagNote = FlagNote(model);
        var (average, yes, no) = (model.PanelAverage, model.PanelForHiring, model.PanelAgainstHiring);
        if (average < PanelNo || no > yes)
            return new(Verdict.NotRecommended, Words.F("Not recommended for an offer: {0}{1}{2}.", panel, testNote, flagNote));
        if (average >= PanelYes && yes > no && failed.Count == 0 && flagNote.Length == 0)
            return new(Verdict.Recommended, Words.F("Recommended for an offer: {0}; {1}.", panel, TestDetail(model).Detail));
        return new(Verdict.Borderline, Words.F("Borderline for an offer: {0}{1}{2}.", panel, testNote, flagNote));
    }

    private static string PanelLine(CandidateReportModel model)
    {
        var parts = new List<string>();
        if (model.PanelAverage is { } a) parts.Add(Words.F("panel average {0:0.0} / 5", a));
        var called = model.PanelCalls;
        if (called > 0)
        {
            parts.Add(Words.F(called == 1 ? "{0} of {1} interviewer for hiring" : "{0} of {1} interviewers for hiring", model.PanelForHiring, called));
        }
        return string.Join(Words.T(", "), parts);
    }

    /// <summary>After a decision: the evidence it was taken on, in a few words.</summary>
    private static string Evidence(CandidateReportModel model)
    {
        var parts = new List<string>();
        if (model.Tests.Count > 0)
        {
            var passed = model.Tests.Count(t => t.Passed);
            parts.Add(Words.F(model.Tests.Count == 1 ? "passed {0} of {1} test taken" : "passed {0} of {1} tests taken", passed, model.Tests.Count));
        }
        if (model.CompositeScore is { } c) parts.Add(Words.F("composite {0:0.0}", c));
        var panel = PanelLine(model);
        if (panel.Length > 0) parts.Add(panel);
        return parts.Count == 0 ? "" : Words.F(" — {0}", string.Join(Words.T(", "), parts));
    }

    private static (bool CompositeMet, string Detail) TestDetail(CandidateReportModel model)
    {
        var tests = model.Tests;
        var pending = Math.Max(0, model.Post.BatteryTests - tests.Count);
        var passed = tests.Count(t => t.Passed) == tests.Count
            ? Words.F(tests.Count == 1 ? (pending == 0 ? "passed all {0} test taken" : "passed {0} test taken") : (pending == 0 ? "passed all {0} tests taken" : "passed {0} tests taken"), tests.Count)
            : Words.F("passed {0} of {1} tests taken", tests.Count(t => t.Passed), tests.Count);
        var composite = model.Post.CompositePassMark is { } target && model.CompositeScore is { } score
            ? (score >= target, Words.F("composite {0:0.0} against {1:0}", score, target))
            : (true, model.CompositeScore is { } c ? Words.F("composite {0:0.0}", c) : "");
        return (composite.Item1, string.Join(Words.T(", "), new[] { passed, composite.Item2 }.Where(s => s.Length > 0)));
    }

    private static string FlagNote(CandidateReportModel model)
    {
        var serious = model.Flags.Count(f => f.Severity == FlagSeverity.Serious);
        return serious > 0 ? Words.Plural(serious, "; check {0} serious integrity flag first", "; check {0} serious integrity flags first") : "";
    }

    private static string Shortfall(TestResultSection t) => t.Kind == Hiring.Core.Assessments.TestKind.Typing
        ? TypingSpeed.Shortfall(t)
        : Words.F("{0} ({1:0.0}% against {2:0}%)", t.Name, t.MarkedFigure, t.PassMark);
}
