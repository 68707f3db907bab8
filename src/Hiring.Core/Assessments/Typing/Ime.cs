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
}

/// <summary>Text that arrived in one piece: an input method's commit (Composed) or an insert made without composing.</summary>
public sealed record Commit(long AtMs, string Text, bool Composed);
