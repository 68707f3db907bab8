namespace Hiring.Documents.Reports;

public enum Verdict { NotYetAssessed, Recommended, Borderline, NotRecommended }

/// <summary>The cover's one-line recommendation, derived from the post's pass marks only: it advises, a person decides.</summary>
public sealed record Recommendation(Verdict Verdict, string Line)
{
    public static Recommendation For(CandidateReportModel model)
    {
        var tests = model.Tests;
        if (tests.Count == 0) return new(Verdict.NotYetAssessed, "No tests taken yet: no recommendation can be made.");

        var failed = tests.Where(t => !t.Passed).ToList();
        var pending = Math.Max(0, model.Post.BatteryTests - tests.Count);
        var serious = model.Flags.Count(f => f.Severity == FlagSeverity.Serious);
        var flagNote = serious > 0 ? $"; check {serious} serious integrity flag{(serious == 1 ? "" : "s")} first" : "";
        if (failed.Count > 0)
            return new(Verdict.NotRecommended, "Not recommended: below the pass mark in "
                + string.Join(", ", failed.Select(Shortfall)) + flagNote + ".");

        var passed = $"passed {(pending == 0 ? "all " : "")}{tests.Count} test{(tests.Count == 1 ? "" : "s")} taken";
        var composite = model.Post.CompositePassMark is { } target && model.CompositeScore is { } score
            ? (score >= target, $"composite {score:0} against {target:0}")
            : (true, model.CompositeScore is { } c ? $"composite {c:0}" : "");
        var detail = string.Join(", ", new[] { passed, composite.Item2 }.Where(s => s.Length > 0));
        if (!composite.Item1) return new(Verdict.Borderline, $"Borderline: {detail}{flagNote}.");
        if (pending > 0) return new(Verdict.Borderline, $"Borderline until {pending} more test{(pending == 1 ? "" : "s")} taken: {detail}{flagNote}.");
        return serious > 0
            ? new(Verdict.Borderline, $"Borderline: {detail}{flagNote}.")
            : new(Verdict.Recommended, $"Recommended for interview: {detail}.");
    }

    private static string Shortfall(TestResultSection t) => t.Kind == Hiring.Core.Assessments.TestKind.Typing
        ? $"{t.Name} ({t.MarkedFigure:0} net WPM against {t.PassMark:0})"
        : $"{t.Name} ({t.MarkedFigure:0}% against {t.PassMark:0}%)";
}
