namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Signs that the text was not typed by a person. People vary: intervals between keys spread by
/// tens of milliseconds at any speed, and so do key hold times. A script replaying text at a fixed
/// rate does not, and <c>isTrusted</c> is false for keys dispatched from script. The keys must also
/// produce the text that was submitted. Flags are for a recruiter to review; they never change the
/// score, but a flagged result is kept out of the norms until someone has looked at it.
/// </summary>
public static class TypingIntegrity
{
    public const int MinimumSamples = 30;
    /// <summary>Any run of this many keys at machine-regular intervals is flagged, however human the rest.</summary>
    public const int WindowKeys = 50;
    public const double RegularTimingSdMs = 15, RegularHoldSdMs = 10;
    /// <summary>Above this net WPM a result is reviewed by a person whatever the timing: few typists
    /// sustain it on a copy test, so a claim that high is checked before it counts.</summary>
    public const double ImplausibleNetWpm = 120;
    /// <summary>A keystroke accuracy this far below the final text's accuracy means the keys did not write the text.</summary>
    public const double KeystrokeGap = 0.25;
    /// <summary>Longer gaps are thinking or reading pauses, not typing rhythm.</summary>
    public const long PauseMs = 2000;

    public static IReadOnlyList<TypingFlag> Check(IReadOnlyList<Keystroke> keystrokes, double netWpm)
    {
        var presses = KeystrokeReplay.CharacterPresses(keystrokes);
        var flags = Timing(presses.Select(k => k.AtMs).ToList(), presses,
            "Inter-key interval SD {0:0.#} ms over {1} intervals (mean {2:0} ms): people do not type that evenly.",
            "A run of {0} keys had an inter-key interval SD of {1:0.#} ms (mean {2:0} ms): people do not type that evenly.");
        if (netWpm > ImplausibleNetWpm)
            flags.Add(new("implausible-speed", "{0:0} net WPM is above the {1:0} WPM a person plausibly types: review before relying on it.", [netWpm, ImplausibleNetWpm]));
        AddSynthetic(flags, keystrokes);
        return flags;
    }

    /// <summary>
    /// The same signs for text typed through an input method: the rhythm is that of the commits (a phrase committed
    /// at once is one commit, which is normal), the holds are those of the keys the input method took; a run of
    /// more than <see cref="PastedCharacters"/> characters that appeared without a composition was pasted.
    /// </summary>
    public static IReadOnlyList<TypingFlag> CheckCommits(IReadOnlyList<Keystroke> events, double netCpm)
    {
        var commits = CommittedText.Commits(events);
        var held = events.Where(k => k.Trusted && k.HoldMs is not null).ToList();
        var flags = Timing(commits.Select(c => c.AtMs).ToList(), held,
            "Interval between commits SD {0:0.#} ms over {1} intervals (mean {2:0} ms): people do not type that evenly.",
            "A run of {0} commits had an interval between commits SD of {1:0.#} ms (mean {2:0} ms): people do not type that evenly.");
        var pasted = commits.Where(c => !c.Composed && c.Text.Length > PastedCharacters).ToList();
        if (pasted.Count > 0)
            flags.Add(new("pasted-text",
                "{0} characters appeared in {1} piece(s) without the input method composing them: pasted or inserted by a program.",
                [pasted.Sum(c => c.Text.Length), pasted.Count]));
        if (netCpm > ImplausibleNetCpm)
            flags.Add(new("implausible-speed", "{0:0} net characters per minute is above the {1:0} a person plausibly types: review before relying on it.",
                [netCpm, ImplausibleNetCpm]));
        AddSynthetic(flags, events);
        return flags;
    }

    /// <summary>Above this net 字/分钟 a Chinese result is reviewed by a person: a fast professional copy typist
    /// sustains about 120, the published contact-centre bars are 50 to 65.</summary>
    public const double ImplausibleNetCpm = 160;

    /// <summary>Longer inserts made without composing are pastes; shorter ones are punctuation or digits typed
    /// straight through, and paired punctuation (“”, ……) arrives two characters at once.</summary>
    public const int PastedCharacters = 3;

    /// <summary>Even rhythm: <paramref name="overall"/> words it for the whole attempt (SD, intervals, mean), <paramref name="run"/>
    /// for its most even run (length, SD, mean).</summary>
    private static List<TypingFlag> Timing(IReadOnlyList<long> times, IReadOnlyList<Keystroke> held, string overall, string run)
    {
        var flags = new List<TypingFlag>();
        var gaps = times.Zip(times.Skip(1), (a, b) => (double)(b - a)).ToList();
        var intervals = Spread.Of(gaps.Where(gap => gap <= PauseMs).ToList());
        bool regularTiming = intervals.Count >= MinimumSamples && intervals.Sd <= RegularTimingSdMs;
        if (regularTiming)
            flags.Add(new("regular-timing", overall, [intervals.Sd, intervals.Count, intervals.Mean]));
        else if (MostRegularRun(gaps) is { } even && even.Sd <= RegularTimingSdMs)
            flags.Add(new("regular-timing", run, [even.Count + 1, even.Sd, even.Mean]));

        var holds = Spread.Of(held.Where(k => k.HoldMs is not null).Select(k => (double)k.HoldMs!.Value).ToList());
        bool regularHold = holds.Count >= MinimumSamples && holds.Sd <= RegularHoldSdMs;
        if (regularHold)
            flags.Add(new("regular-hold",
                "Key hold time SD {0:0.#} ms over {1} keys (mean {2:0} ms): people do not hold keys that evenly.", [holds.Sd, holds.Count, holds.Mean]));
        return flags;
    }

    private static void AddSynthetic(List<TypingFlag> flags, IReadOnlyList<Keystroke> events)
    {
        int synthetic = KeystrokeReplay.CountSynthetic(events);
        if (synthetic > 0)
            flags.Add(new("synthetic-input", "{0} key events came from script (isTrusted false) and were ignored.", [synthetic]));
    }

    /// <summary>Whether the captured keys wrote the final text: every character needs a press, replaying the
    /// keys must give the text, and the presses cannot be far less accurate than the text.</summary>
    public static IReadOnlyList<TypingFlag> CheckText(string normalizedText, IReadOnlyList<Keystroke> keystrokes,
        double accuracy, double keystrokeAccuracy)
    {
        var flags = new List<TypingFlag>();
        int presses = KeystrokeReplay.CharacterPresses(keystrokes).Count;
        // More text than presses means it arrived another way (paste, autofill, drag) — or from a
        // phone keyboard that reports no keys.
        if (normalizedText.Length > presses)
            flags.Add(new("untyped-text",
                "The final text has {0} characters but only {1} character keys were captured (paste, autofill or a keyboard that reports no keys).",
                [normalizedText.Length, presses]));
        else if (KeystrokeReplay.Replay(keystrokes) != normalizedText)
            flags.Add(new("replay-mismatch",
                "Replaying the {0} captured character keys does not give the submitted text of {1} characters: part of it was put there another way (or edited with the mouse).",
                [presses, normalizedText.Length]));
        if (presses > 0 && keystrokeAccuracy < accuracy - KeystrokeGap)
            flags.Add(new("keystroke-gap",
                "Keystroke accuracy {0:0.#%} is far below the final text's accuracy {1:0.#%}: the keys pressed did not write this text.", [keystrokeAccuracy, accuracy]));
        return flags;
    }

    /// <summary>Whether the commits wrote the final text: every character needs a commit, replaying them must give the
    /// text, and the commits cannot be far less accurate than the text.</summary>
    public static IReadOnlyList<TypingFlag> CheckCommittedText(string normalizedText, IReadOnlyList<Keystroke> events,
        double accuracy, double commitAccuracy)
    {
        var flags = new List<TypingFlag>();
        int committed = CommittedText.Commits(events).Sum(c => c.Text.Length);
        if (normalizedText.Length > committed)
            flags.Add(new("untyped-text",
                "The final text has {0} characters but only {1} were committed while the page watched (paste, autofill or a program).",
                [normalizedText.Length, committed]));
        else if (CommittedText.Replay(events) != normalizedText)
            flags.Add(new("replay-mismatch",
                "Replaying the {0} committed characters does not give the submitted text of {1} characters: part of it was put there another way (or edited with the mouse).",
                [committed, normalizedText.Length]));
        if (committed > 0 && commitAccuracy < accuracy - KeystrokeGap)
            flags.Add(new("keystroke-gap",
                "Accuracy of the committed characters {0:0.#%} is far below the final text's accuracy {1:0.#%}: the commits did not write this text.",
                [commitAccuracy, accuracy]));
        return flags;
    }

    /// <summary>The most even run of <see cref="WindowKeys"/> keys with no pause in it, or null when there is none.</summary>
    private static Spread? MostRegularRun(IReadOnlyList<double> gaps)
    {
        int width = WindowKeys - 1;
        Spread? best = null;
        for (int start = 0; start + width <= gaps.Count; start++)
        {
            var window = gaps.Skip(start).Take(width).ToList();
            if (window.Any(gap => gap > PauseMs)) continue;
            var spread = Spread.Of(window);
            if (best is null || spread.Sd < best.Value.Sd) best = spread;
        }
        return best;
    }
}
