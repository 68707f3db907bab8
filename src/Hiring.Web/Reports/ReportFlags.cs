using Hiring.Documents;
using Hiring.Documents.Reports;

namespace Hiring.Web.Reports;

/// <summary>An attempt's integrity counters, as the report reads them.</summary>
public sealed record AttemptSignals(int BlurCount, int AwaySeconds, int PasteCount, int CopyCount, int FullscreenExits, int SyntheticInputs,
    int OutageCount, int OutageSeconds, bool CreditOutages, int CreditedSeconds);

/// <summary>
/// Integrity signals as report flags with a severity. Severity says how hard to look, not a verdict:
/// a blocked paste changed nothing (info); long or repeated time away from the test could be help from
/// elsewhere (warning, serious past five minutes); input not made by a keyboard points at a tool (serious).
/// Worded in the current UI culture (the report's words, <see cref="Words"/>).
/// </summary>
public static class ReportFlags
{
    public static IEnumerable<IntegrityFlag> Of(string test, AttemptSignals s, IEnumerable<string> typingFlags)
    {
        if (s.BlurCount > 0)
            yield return new(test, Words.T("Left the test window"), Words.F("{0}, {1} away in total", Times(s.BlurCount), Duration(s.AwaySeconds)),
                s.AwaySeconds >= 300 ? FlagSeverity.Serious : s.BlurCount >= 3 || s.AwaySeconds >= 60 ? FlagSeverity.Warning : FlagSeverity.Info);
        if (s.PasteCount > 0) yield return new(test, Words.T("Tried to paste"), Words.F("{0} (blocked)", Times(s.PasteCount)), FlagSeverity.Info);
        if (s.CopyCount > 0) yield return new(test, Words.T("Tried to copy"), Times(s.CopyCount), FlagSeverity.Warning);
        if (s.FullscreenExits > 0) yield return new(test, Words.T("Left full screen"), Times(s.FullscreenExits), FlagSeverity.Info);
        if (s.SyntheticInputs > 0)
            yield return new(test, Words.T("Input not made by a keyboard"), Words.Plural(s.SyntheticInputs, "{0} event ignored", "{0} events ignored"), FlagSeverity.Serious);
        if (s.OutageCount > 0)
            yield return new(test, Words.T("Connection lost"), Words.F("{0}, {1}; {2}", Times(s.OutageCount), Duration(s.OutageSeconds),
                s.CreditOutages ? Words.F("{0} given back", Duration(s.CreditedSeconds)) : Words.T("no time given back")), FlagSeverity.Info);
        foreach (var f in typingFlags) yield return new(test, Words.T("Typing pattern"), f, FlagSeverity.Warning);
    }

    private static string Times(int n) => n == 1 ? Words.T("once") : Words.F("{0} times", n);

    /// <summary>"40 s", "2 min 40 s", "5 min".</summary>
    public static string Duration(int seconds) => (seconds / 60, seconds % 60) switch
    {
        (0, var s) => Words.F("{0} s", s),
        (var m, 0) => Words.F("{0} min", m),
        (var m, var s) => Words.F("{0} min {1} s", m, s),
    };
}
