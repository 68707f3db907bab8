using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Scoring;
using Hiring.Documents;
using Hiring.Web.Domain;

namespace Hiring.Web.Assessments;

/// <summary>
/// Integrity signals in words, for recruiters. They are prompts to look closer (and perhaps ask),
/// never a result: a blur can be a notification, an outage a train tunnel. Worded in the reader's language (the documents'
/// words, <see cref="Words"/>, as the report's flags are).
/// </summary>
public static class IntegrityFlags
{
    public static List<string> Of(Attempt a, AttemptDetail? detail)
    {
        var flags = new List<string>();
        if (a.BlurCount > 0) flags.Add(Words.F("Left the test window {0} ({1} s away in total)", Times(a.BlurCount), a.AwaySeconds));
        if (a.PasteCount > 0) flags.Add(Words.F("Tried to paste {0}", Times(a.PasteCount)));
        if (a.CopyCount > 0) flags.Add(Words.F("Tried to copy {0}", Times(a.CopyCount)));
        if (a.FullscreenExits > 0) flags.Add(Words.F("Left full screen {0}", Times(a.FullscreenExits)));
        if (a.SyntheticInputs > 0) flags.Add(Words.F("{0} input event(s) not made by a keyboard were ignored", a.SyntheticInputs));
        if (a.OutageCount > 0)
            flags.Add(Words.F("Connection lost {0} ({1} s; {2})", Times(a.OutageCount), a.OutageSeconds,
                a.CreditOutages ? Words.F("{0} s given back", a.CreditedSeconds) : Words.T("no time given back")));
        if (detail?.Typing is { } t) flags.AddRange(Typing(t));
        if (Skimming(detail?.Reading) is { } skimming) flags.Add(skimming);
        return flags;
    }

    /// <summary>A typing result's flags in the reader's language; an attempt scored before flags kept their figures has
    /// only its English sentences, shown as they are.</summary>
    public static IEnumerable<string> Typing(TypingDetail typing) => typing.Raised is { } raised
        ? raised.Select(f => Words.F(f.Text, [.. f.Figures.Cast<object?>()]))
        : typing.Flags;

    /// <summary>Passages "read" faster than the ceiling (<see cref="ReadingPace"/>), or null when there are none.</summary>
    public static string? Skimming(IReadOnlyList<ReadingSpeed>? reading) => reading?.Count(r => r.Skimmed) is > 0 and var n
        ? reading.Any(r => r.InCharacters)
            ? Words.F("Read {0} of {1} passages faster than {2} Chinese characters per minute (skimmed or skipped)", n, reading.Count, ReadingPace.CeilingCharactersPerMinute)
            : Words.F("Read {0} of {1} passages faster than {2} WPM (skimmed or skipped)", n, reading.Count, ReadingPace.CeilingWpm)
        : null;

    /// <summary>The first flag of a typing result an integrity rule fired on: it reaches the staff page, the lists and the report with the others.</summary>
    public const string HeldMessage = "Typing result held for review: it breaks an integrity rule below and is left out of the norm tables";

    /// <summary>Whether a scored attempt waits for a person's review, and so stays out of the norm tables and live percentile counts.</summary>
    public static bool HeldForReview(TestKind kind, string? detail) =>
        kind == TestKind.Typing && detail is not null
        && JsonSerializer.Deserialize<AttemptDetail>(detail, AttemptFinaliser.Json)?.Typing?.Review == true;

    private static string Times(int n) => n == 1 ? Words.T("once") : Words.F("{0} times", n);
}
