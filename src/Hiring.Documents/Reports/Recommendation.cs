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
        Stage.Hired => new(Verdict.Decided, $"Hired{Evidence(model)}."),
        Stage.Offer => new(Verdict.Decided, $"Offer made{Evidence(model)}."),
        Stage.Rejected => new(Verdict.Decided, $"Rejected{Evidence(model)}."),
        Stage.Withdrawn => new(Verdict.Decided, $"Withdrawn by the candidate{Evidence(model)}."),
        Stage.Interview when model.Scorecards.Any(c => c.Average is not null || c.Call is not null) => AfterInterview(model),
        Stage.Interview => FromTests(model) is var r && r.Verdict == Verdict.NotYetAssessed
            ? new(Verdict.NotYetAssessed, "Interview under way with no tests taken and no scorecard yet: no recommendation can be made.")
            : r with { Line = $"{r.Line.TrimEnd('.')}; the panel's scorecards are awaited." },
        _ => FromTests(model),
    };

    /// <summary>Before the interview: the tests decide whether to invite.</summary>
    private static Recommendation FromTests(CandidateReportModel model)
    {
        var tests = model.Tests;
        if (tests.Count == 0) return new(Verdict.NotYetAssessed, "No tests taken yet: no recommendation can be made.");

        var failed = tests.Where(t => !t.Passed).ToList();
        var pending = Math.Max(0, model.Post.BatteryTests - tests.Count);
        var flagNote = FlagNote(model);
        if (failed.Count > 0)
            return new(Verdict.NotRecommended, "Not recommended: below the pass mark in "
                + string.Join(", ", failed.Select(Shortfall)) + flagNote + ".");

        var (compositeMet, detail) = TestDetail(model);
        if (!compositeMet) return new(Verdict.Borderline, $"Borderline: {detail}{flagNote}.");
        if (pending > 0) return new(Verdict.Borderline, $"Borderline until {pending} more test{(pending == 1 ? "" : "s")} taken: {detail}{flagNote}.");
        return flagNote.Length > 0
            ? new(Verdict.Borderline, $"Borderline: {detail}{flagNote}.")
            : new(Verdict.Recommended, $"Recommended for interview: {detail}.");
    }

    /// <summary>At the interview with scorecards in: the panel's average and calls, with the tests as a check.</summary>
    private static Recommendation AfterInterview(CandidateReportModel model)
    {
        var panel = PanelLine(model);
        var failed = model.Tests.Where(t => !t.Passed).ToList();
        var testNote = failed.Count > 0 ? "; below the pass mark in " + string.Join(", ", failed.Select(Shortfall)) : "";
        var flagNote = FlagNote(model);
        var (average, yes, no) = (model.PanelAverage, model.PanelForHiring, model.PanelAgainstHiring);
        if (average < PanelNo || no > yes)
            return new(Verdict.NotRecommended, $"Not recommended for an offer: {panel}{testNote}{flagNote}.");
        if (average >= PanelYes && yes > no && failed.Count == 0 && flagNote.Length == 0)
            return new(Verdict.Recommended, $"Recommended for an offer: {panel}; {TestDetail(model).Detail}.");
        return new(Verdict.Borderline, $"Borderline for an offer: {panel}{testNote}{flagNote}.");
    }

    private static string PanelLine(CandidateReportModel model)
    {
        var parts = new List<string>();
        if (model.PanelAverage is { } a) parts.Add($"panel average {a:0.0} / 5");
        var called = model.PanelCalls;
        if (called > 0)
        {
            parts.Add($"{model.PanelForHiring} of {called} interviewer{(called == 1 ? "" : "s")} for hiring");
        }
        return string.Join(", ", parts);
    }

    /// <summary>After a decision: the evidence it was taken on, in a few words.</summary>
    private static string Evidence(CandidateReportModel model)
    {
        var parts = new List<string>();
        if (model.Tests.Count > 0)
        {
            var passed = model.Tests.Count(t => t.Passed);
            parts.Add($"passed {passed} of {model.Tests.Count} test{(model.Tests.Count == 1 ? "" : "s")} taken");
        }
        if (model.CompositeScore is { } c) parts.Add($"composite {c:0.0}");
        var panel = PanelLine(model);
        if (panel.Length > 0) parts.Add(panel);
        return parts.Count == 0 ? "" : " — " + string.Join(", ", parts);
    }

    private static (bool CompositeMet, string Detail) TestDetail(CandidateReportModel model)
    {
        var tests = model.Tests;
        var pending = Math.Max(0, model.Post.BatteryTests - tests.Count);
        var passed = tests.Count(t => t.Passed) == tests.Count
            ? $"passed {(pending == 0 ? "all " : "")}{tests.Count} test{(tests.Count == 1 ? "" : "s")} taken"
            : $"passed {tests.Count(t => t.Passed)} of {tests.Count} tests taken";
        var composite = model.Post.CompositePassMark is { } target && model.CompositeScore is { } score
            ? (score >= target, $"composite {score:0.0} against {target:0}")
            : (true, model.CompositeScore is { } c ? $"composite {c:0.0}" : "");
        return (composite.Item1, string.Join(", ", new[] { passed, composite.Item2 }.Where(s => s.Length > 0)));
    }

    private static string FlagNote(CandidateReportModel model)
    {
        var serious = model.Flags.Count(f => f.Severity == FlagSeverity.Serious);
        return serious > 0 ? $"; check {serious} serious integrity flag{(serious == 1 ? "" : "s")} first" : "";
    }

    private static string Shortfall(TestResultSection t) => t.Kind == Hiring.Core.Assessments.TestKind.Typing
        ? $"{t.Name} ({t.MarkedFigure:0.0} net WPM against {t.PassMark:0})"
        : $"{t.Name} ({t.MarkedFigure:0.0}% against {t.PassMark:0}%)";
}
