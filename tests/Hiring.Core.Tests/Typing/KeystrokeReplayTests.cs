using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Typing;

public class KeystrokeReplayTests
{
    [Fact]
    public void Modifier_and_navigation_keys_are_not_presses() =>
        // Shift, ArrowLeft and Control are ignored: T, h, e are 3 of 3 correct.
        Assert.Equal(1, KeystrokeReplay.KeystrokeAccuracy("The", KeyScript.Press("Shift", "T", "ArrowLeft", "h", "Control", "e")));

    [Fact]
    public void Enter_types_the_line_break_of_the_passage() =>
        // a ✓, Enter ✓ (\n expected), b ✓; the passage's CRLF is LF before comparing.
        Assert.Equal(1, KeystrokeReplay.KeystrokeAccuracy("a\r\nb", KeyScript.Press("a", "Enter", "b")));

    [Fact]
    public void Typing_past_the_end_of_the_passage_is_wrong() =>
        // a ✓, b ✓, c has no passage character to match: 2 of 3.
        Assert.Equal(2.0 / 3, KeystrokeReplay.KeystrokeAccuracy("ab", KeyScript.Press("a", "b", "c")), 9);

    [Fact]
    public void Backspace_on_an_empty_buffer_changes_nothing() =>
        // ⌫ with nothing typed, then x ✗ (a expected), ⌫, a ✓: 1 of 2.
        Assert.Equal(0.5, KeystrokeReplay.KeystrokeAccuracy("a", KeyScript.Press("Backspace", "x", "Backspace", "a")), 9);

    [Fact]
    public void No_character_presses_give_zero_keystroke_accuracy() =>
        Assert.Equal(0, KeystrokeReplay.KeystrokeAccuracy("abc", KeyScript.Press("Shift")));

    [Fact]
    public void Accented_letters_are_compared_as_typed() =>
        // Z ✓, o ✓, e ✗ (ë expected), ⌫, ë ✓: 3 of 4.
        Assert.Equal(0.75, KeystrokeReplay.KeystrokeAccuracy("Zoë", KeyScript.Press("Z", "o", "e", "Backspace", "ë")), 9);

    [Fact]
    public void A_skipped_word_does_not_make_the_following_presses_wrong() =>
        // "the sat on the mat" for "the cat sat on the mat" with one slip corrected (x, Backspace):
        // 18 of 19 presses are matched to the passage; compared at the cursor, most after the skip were wrong.
        Assert.Equal(18.0 / 19, KeystrokeReplay.KeystrokeAccuracy("the cat sat on the mat",
            KeyScript.Press([.. "the sx".Select(c => c.ToString()), "Backspace", .. "at on the mat".Select(c => c.ToString())])), 9);
}
