namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Names of the text events the page logs next to the keys (a <see cref="Keystroke"/> whose Key is one of these and
/// whose Data is the event's data). Named in lower case, so they never collide with a KeyboardEvent.key, which is one
/// character or a capitalised word ("Process", "Backspace").
/// </summary>
public static class Ime
{
    public const string CompositionStart = "compositionstart", CompositionUpdate = "compositionupdate", CompositionEnd = "compositionend";

    /// <summary>Prefix of an input event, followed by its inputType: "input:insertText", "input:deleteContentBackward".</summary>
    public const string Input = "input:";

    /// <summary>
    /// The events in time order, with each commit Chromium reports as untrusted taken as trusted when its composition
    /// showed it. Chromium dispatches compositionend itself after committing, with isTrusted false, even for a real input
    /// method (seen in Chromium 156 with Input.insertText over CDP), while the compositionupdate before it, showing the
    /// committed text, is trusted. A compositionend no trusted update of its composition showed (a script's) stays untrusted.
    /// </summary>
    public static IReadOnlyList<Keystroke> Vouched(IReadOnlyList<Keystroke> events)
    {
        var vouched = new List<Keystroke>(events.Count);
        string? shown = null;
        foreach (var e in events.OrderBy(k => k.AtMs))
        {
            bool chromiumCommit = e is { Key: CompositionEnd, Trusted: false, Data.Length: > 0 } && e.Data == shown;
            vouched.Add(chromiumCommit ? e with { Trusted = true } : e);
            // Keys pressed while composing (the candidate's choice) do not end what the composition shows.
            shown = e.Key switch { CompositionUpdate when e.Trusted => e.Data, CompositionStart or CompositionEnd => null, _ => shown };
        }
        return vouched;
    }
}

/// <summary>Text that arrived in one piece: an input method's commit (Composed) or an insert made without composing.</summary>
public sealed record Commit(long AtMs, string Text, bool Composed);
