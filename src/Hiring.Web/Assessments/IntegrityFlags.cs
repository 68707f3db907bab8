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

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";
}
