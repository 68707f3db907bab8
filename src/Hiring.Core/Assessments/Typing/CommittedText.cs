namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Replays the text an input method committed, from the page's composition and input events: the counterpart of
/// <see cref="KeystrokeReplay"/> for Chinese, where the keys are pinyin and candidate choices, not the text.
/// A compositionend commits its data; an insertText made outside a composition (punctuation and digits typed
/// straight through, or a paste) commits its data unless it repeats the commit just made (browsers may report
/// one commit both ways); deleteContentBackward removes the last character; the text shown while composing is
/// not committed and is ignored. Keys are ignored: only what was committed is scored.
/// </summary>
public static class CommittedText
{
    private const string InsertText = Ime.Input + "insertText", DeleteBackward = Ime.Input + "deleteContentBackward";

    /// <summary>Every commit in time order, including those later deleted.</summary>
    public static IReadOnlyList<Commit> Commits(IReadOnlyList<Keystroke> events) => Walk(events, null);

    /// <summary>The text the trusted commits and deletions leave, normalised like the final text.</summary>
    public static string Replay(IReadOnlyList<Keystroke> events)
    {
        var buffer = new System.Text.StringBuilder();
        Walk(events, buffer);
        return TypingText.Normalize(buffer.ToString());
    }

    /// <summary>Matched characters / committed characters, deleted ones included (0 when nothing was committed):
    /// aligned with the passage as the final text is, so a corrected slip costs one character and a skipped one nothing.</summary>
    public static double Accuracy(string passage, IReadOnlyList<Keystroke> events)
    {
        var committed = string.Concat(Commits(events).Select(c => c.Text));
        return KeystrokeReplay.AlignedShare(passage, committed);
    }

    /// <summary>Steadiness of committed characters per second, by the rule of <see cref="KeystrokeReplay.Consistency"/>.</summary>
    public static double Consistency(IReadOnlyList<Keystroke> events) =>
        KeystrokeReplay.Steadiness(Commits(events).Select(c => (c.AtMs, c.Text.Length)).ToList());

    private static List<Commit> Walk(IReadOnlyList<Keystroke> events, System.Text.StringBuilder? buffer)
    {
        var commits = new List<Commit>();
        Commit? last = null;
        foreach (var e in events.Where(k => k.Trusted).OrderBy(k => k.AtMs))
        {
            Commit? commit = e.Key switch
            {
                Ime.CompositionEnd when !string.IsNullOrEmpty(e.Data) => new Commit(e.AtMs, e.Data, true),
                InsertText when !string.IsNullOrEmpty(e.Data) && !(last is { Composed: true } && last.Text == e.Data) =>
                    new Commit(e.AtMs, e.Data, false),
                Ime.Input + "insertLineBreak" or Ime.Input + "insertParagraph" => new Commit(e.AtMs, "\n", false),
                _ => null,
            };
            if (e.Key == DeleteBackward && buffer is { Length: > 0 })
                buffer.Length -= char.IsLowSurrogate(buffer[^1]) && buffer.Length > 1 ? 2 : 1;
            // Only the event right after a commit can repeat it.
            if (e.Key.StartsWith(Ime.Input, StringComparison.Ordinal) || e.Key.StartsWith("composition", StringComparison.Ordinal)) last = commit;
            if (commit is null) continue;
            commits.Add(commit);
            buffer?.Append(commit.Text);
        }
        return commits;
    }
}
