namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// One key event captured in the browser. AtMs = ms since the test started (performance.now based);
/// Key = KeyboardEvent.key ("a", "A", " ", "Backspace", "Shift", "Enter"...); HoldMs = keyup - keydown,
/// null if unknown; Trusted = KeyboardEvent.isTrusted. A key pressed with Ctrl or Meta held is a chord and
/// is recorded as "Control+v" / "Meta+v": it types nothing (the page blocks paste; select-all is replayed).
/// The log also holds the page's text events (<see cref="Ime"/>: composition and input events), with Data their text;
/// their names are lower-case words, so they type nothing here.
/// </summary>
public sealed record Keystroke(long AtMs, string Key, int? HoldMs, bool Trusted, string? Data = null)
{
    /// <summary>The character this key types, or null for Backspace, modifiers, navigation and other
    /// named keys. Named keys are words ("Shift", "ArrowLeft", "Dead"); typed characters are one
    /// character long, or a surrogate pair outside the BMP. Enter types a line break.</summary>
    public string? Character => Key switch
    {
        "Enter" => "\n",
        { Length: 1 } => Key,
        { Length: 2 } when char.IsSurrogatePair(Key[0], Key[1]) => Key,
        _ => null,
    };

    public bool IsBackspace => Key == "Backspace";

    /// <summary>A Ctrl or Meta chord: "Control+a", "Meta+v".</summary>
    public bool IsChord => Key.StartsWith("Control+", StringComparison.Ordinal) || Key.StartsWith("Meta+", StringComparison.Ordinal);

    public bool IsSelectAll => IsChord && Key.EndsWith("+a", StringComparison.OrdinalIgnoreCase);
}
