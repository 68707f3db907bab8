using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Web.Domain;

namespace Hiring.Web.Assessments;

/// <summary>
/// Integrity signals in words, for recruiters. They are prompts to look closer (and perhaps ask),
/// never a result: a blur can be a notification, an outage a train tunnel.
/// </summary>
public static class IntegrityFlags
{
    public static List<string> Of(Attempt a, AttemptDetail? detail)
    {
        var flags = new List<string>();
        if (a.BlurCount > 0) flags.Add($"Left the test window {Times(a.BlurCount)} ({a.AwaySeconds} s away in total)");
        if (a.PasteCount > 0) flags.Add($"Tried to paste {Times(a.PasteCount)}");
        if (a.CopyCount > 0) flags.Add($"Tried to copy {Times(a.CopyCount)}");
        if (a.FullscreenExits > 0) flags.Add($"Left full screen {Times(a.FullscreenExits)}");
        if (a.SyntheticInputs > 0) flags.Add($"{a.SyntheticInputs} input event(s) not made by a keyboard were ignored");
        if (a.OutageCount > 0)
            flags.Add($"Connection lost {Times(a.OutageCount)} ({a.OutageSeconds} s; {(a.CreditOutages ? $"{a.CreditedSeconds} s given back" : "no time given back")})");
        if (detail?.Typing is { } t) flags.AddRange(t.Flags);
        return flags;
    }

    /// <summary>The first flag of a typing result an integrity rule fired on: it reaches the staff page, the lists and the report with the others.</summary>
    public const string HeldMessage = "Typing result held for review: it breaks an integrity rule below and is left out of the norm tables";

    /// <summary>Whether a scored attempt waits for a person's review, and so stays out of the norm tables and live percentile counts.</summary>
    public static bool HeldForReview(TestKind kind, string? detail) =>
        kind == TestKind.Typing && detail is not null
        && JsonSerializer.Deserialize<AttemptDetail>(detail, AttemptFinaliser.Json)?.Typing?.Review == true;

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";
}
