using Hiring.Documents.Reports;

namespace Hiring.Web.Reports;

/// <summary>An attempt's integrity counters, as the report reads them.</summary>
public sealed record AttemptSignals(int BlurCount, int AwaySeconds, int PasteCount, int CopyCount, int FullscreenExits, int SyntheticInputs,
    int OutageCount, int OutageSeconds, bool CreditOutages, int CreditedSeconds);

/// <summary>
/// Integrity signals as report flags with a severity. Severity says how hard to look, not a verdict:
/// a blocked paste changed nothing (info); long or repeated time away from the test could be help from
/// elsewhere (warning, serious past five minutes); input not made by a keyboard points at a tool (serious).
/// </summary>
public static class ReportFlags
{
    public static IEnumerable<IntegrityFlag> Of(string test, AttemptSignals s, IEnumerable<string> typingFlags)
    {
        if (s.BlurCount > 0)
            yield return new(test, "Left the test window", $"{Times(s.BlurCount)}, {Duration(s.AwaySeconds)} away in total",
                s.AwaySeconds >= 300 ? FlagSeverity.Serious : s.BlurCount >= 3 || s.AwaySeconds >= 60 ? FlagSeverity.Warning : FlagSeverity.Info);
        if (s.PasteCount > 0) yield return new(test, "Tried to paste", $"{Times(s.PasteCount)} (blocked)", FlagSeverity.Info);
        if (s.CopyCount > 0) yield return new(test, "Tried to copy", Times(s.CopyCount), FlagSeverity.Warning);
        if (s.FullscreenExits > 0) yield return new(test, "Left full screen", Times(s.FullscreenExits), FlagSeverity.Info);
        if (s.SyntheticInputs > 0)
            yield return new(test, "Input not made by a keyboard", $"{s.SyntheticInputs} event{(s.SyntheticInputs == 1 ? "" : "s")} ignored", FlagSeverity.Serious);
        if (s.OutageCount > 0)
            yield return new(test, "Connection lost", $"{Times(s.OutageCount)}, {Duration(s.OutageSeconds)}; "
                + (s.CreditOutages ? $"{Duration(s.CreditedSeconds)} given back" : "no time given back"), FlagSeverity.Info);
        foreach (var f in typingFlags) yield return new(test, "Typing pattern", f, FlagSeverity.Warning);
    }

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";

    /// <summary>"40 s", "2 min 40 s", "5 min".</summary>
    public static string Duration(int seconds) => (seconds / 60, seconds % 60) switch
    {
        (0, var s) => $"{s} s",
        (var m, 0) => $"{m} min",
        (var m, var s) => $"{m} min {s} s",
    };
}
