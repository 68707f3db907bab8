using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Typing;

public class TypingScoreTests
{
    // 247 characters of call notes.
    private const string CallNotes =
        "The customer, Mrs Zoë Okafor, called about order 58-20417: the parcel went to 14 Rue de la Paix instead of 41. " +
        "I confirmed her postcode (EH3 9QP), re-sent the order by express and promised an e-mail confirmation by Friday. " +
        "No refund was requested.";

    // The first 240 characters with four slips: Okafir (substitution), 58-20477 (substitution),
    // parel (omission of c), expresss (insertion). Still 240 characters: −1 omitted, +1 inserted.
    private const string TypedInTwoMinutes =
        "The customer, Mrs Zoë Okafir, called about order 58-20477: the parel went to 14 Rue de la Paix instead of 41. " +
        "I confirmed her postcode (EH3 9QP), re-sent the order by expresss and promised an e-mail confirmation by Friday. " +
        "No refund was req";

    [Fact]
    public void Two_minute_attempt_scores_as_worked_out_by_hand()
    {
        var result = TypingScore.Score(CallNotes, TypedInTwoMinutes, TimeSpan.FromMinutes(2), KeyScript.Press());

        // gross = (240 / 5) / 2 = 24; net = 24 − 4 errors / 2 min = 22;
        // correct = 240 typed − 2 substituted − 1 inserted = 237; omissions count as errors, so
        // accuracy = 237 correct / (237 + 4 errors) = 0.98340.
        Assert.Equal(240, result.TypedCharacters);
        Assert.Equal(237, result.CorrectCharacters);
        Assert.Equal(4, result.UncorrectedErrors);
        Assert.Equal(2, result.Minutes, 9);
        Assert.Equal(24, result.GrossWpm, 9);
        Assert.Equal(22, result.NetWpm, 9);
        Assert.Equal(237.0 / 241, result.Accuracy, 9);
        // Percent = 100 × 22 / 60 = 36.67.
        Assert.Equal(36.666667, TypingScore.Percent(result), 5);
    }

    [Fact]
    public void Net_wpm_never_goes_below_zero()
    {
        // 5 characters in 1 minute: gross 1; 5 substitutions take net to 1 − 5 = −4, shown as 0.
        var result = TypingScore.Score("abcde", "vwxyz", TimeSpan.FromMinutes(1), KeyScript.Press("v", "w", "x", "y", "z"));

        Assert.Equal(1, result.GrossWpm, 9);
        Assert.Equal(0, result.NetWpm);
        Assert.Equal(0, result.Accuracy);
    }

    [Fact]
    public void Percent_is_capped_at_sixty_net_wpm()
    {
        // 400 characters in 1 minute = 80 WPM, no errors: 100 × 80 / 60 is capped at 100.
        var passage = string.Concat(Enumerable.Repeat("Note.", 80));
        var result = TypingScore.Score(passage, passage, TimeSpan.FromMinutes(1), []);

        Assert.Equal(80, result.NetWpm, 9);
        Assert.Equal(100, TypingScore.Percent(result));
    }

    [Fact]
    public void No_time_used_scores_zero_instead_of_dividing_by_zero()
    {
        var result = TypingScore.Score("abc", "abc", TimeSpan.Zero, KeyScript.Press("a", "b", "c"));

        Assert.Equal(0, result.GrossWpm);
        Assert.Equal(0, result.NetWpm);
        Assert.Equal(1, result.Accuracy);
    }

    [Fact]
    public void Corrected_mistakes_count_against_keystroke_accuracy_but_not_the_final_text()
    {
        // t ✓, e ✗ (h expected), h ✗ (e expected), ⌫, ⌫ → "t", h ✓, e ✓: 3 correct of 5 presses = 0.6.
        var keys = KeyScript.Press("t", "e", "h", "Backspace", "Backspace", "h", "e");
        var result = TypingScore.Score("the", "the", TimeSpan.FromSeconds(6), keys);

        Assert.Equal(0.6, result.KeystrokeAccuracy, 9);
        Assert.Equal(0, result.UncorrectedErrors);
        Assert.Equal(1, result.Accuracy);
        // 3 characters in 0.1 minute: (3 / 5) / 0.1 = 6 WPM.
        Assert.Equal(6, result.NetWpm, 9);
    }

    [Fact]
    public void Untrusted_keys_are_ignored_counted_and_flagged()
    {
        // The script-made x is neither typed nor wrong: t, h, e are 3 of 3 correct.
        var keys = KeyScript.Press("t", "x", "h", "e");
        keys[1] = keys[1] with { Trusted = false };
        var result = TypingScore.Score("the", "the", TimeSpan.FromSeconds(6), keys);

        Assert.Equal(1, result.KeystrokeAccuracy);
        Assert.Equal(1, result.IgnoredSyntheticKeys);
        Assert.Contains(result.Flags, f => f.Code == "synthetic-input");
    }

    [Fact]
    public void Text_with_fewer_key_presses_than_characters_is_flagged_as_untyped()
    {
        // 3 characters arrived, one key was pressed: the rest was pasted or filled in.
        var result = TypingScore.Score("the", "the", TimeSpan.FromSeconds(6), KeyScript.Press("t"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal("untyped-text", flag.Code);
        Assert.Contains("3 characters but only 1", flag.Message);
    }

    [Fact]
    public void Honest_attempt_has_no_flags()
    {
        var result = TypingScore.Score("The", "The", TimeSpan.FromSeconds(6), KeyScript.Press("Shift", "T", "h", "e"));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void A_skipped_word_counts_its_letters_as_errors_in_accuracy_and_net_wpm()
    {
        // "the cat sat on the mat" typed as "the sat on the mat": 18 matches, 4 omitted ("cat "):
        // accuracy 18 / 22; 18 characters in 0.05 minute: gross 72, net 72 − 4 / 0.05 = −8, shown as 0.
        const string typed = "the sat on the mat";
        var result = TypingScore.Score("the cat sat on the mat", typed, TimeSpan.FromSeconds(3), KeyScript.Press([.. typed.Select(c => c.ToString())]));

        Assert.Equal(18.0 / 22, result.Accuracy, 9);
        Assert.Equal(4, result.UncorrectedErrors);
        Assert.Equal(72, result.GrossWpm, 9);
        Assert.Equal(0, result.NetWpm);
        Assert.Equal(1, result.KeystrokeAccuracy);
    }

    [Fact]
    public void Junk_keys_then_select_all_delete_and_an_inserted_passage_are_flagged()
    {
        // 641 junk presses 60 ms apart, Ctrl+A, Backspace, then the passage arrives without keys
        // (insertText): enough presses to pass the count rule, but the keys do not write the text.
        var passage = string.Concat(Enumerable.Repeat("Please call back. ", 35)).Trim();
        var keys = Enumerable.Range(0, 641).Select(i => new Keystroke(i * 60L, "qwertyuiop"[i % 10].ToString(), 70 + i % 13 * 7, true)).ToList();
        keys.Add(new Keystroke(641 * 60L, "Control+a", 90, true));
        keys.Add(new Keystroke(642 * 60L, "Backspace", 90, true));
        var result = TypingScore.Score(passage, passage, TimeSpan.FromSeconds(40), keys);

        var codes = result.Flags.Select(f => f.Code).ToArray();
        Assert.Contains("replay-mismatch", codes);
        Assert.Contains("keystroke-gap", codes);
        Assert.Contains("implausible-speed", codes);
        Assert.Equal(1, result.Accuracy);
    }

    [Fact]
    public void Select_all_and_retyping_replays_to_the_text()
    {
        var keys = KeyScript.Press("x", "y", "Control", "Control+a", "Backspace", "t", "h", "e");
        var result = TypingScore.Score("the", "the", TimeSpan.FromSeconds(6), keys);

        Assert.Equal("the", KeystrokeReplay.Replay(keys));
        Assert.DoesNotContain(result.Flags, f => f.Code == "replay-mismatch");
    }

    [Fact]
    public void A_blocked_paste_chord_is_not_a_typed_character()
    {
        // Ctrl+V is recorded as the chord: its "v" is no press, so the text is one press short.
        var keys = KeyScript.Press("t", "h", "Control", "Control+v", "e");
        var result = TypingScore.Score("thve", "the", TimeSpan.FromSeconds(6), keys);

        Assert.Equal(3, KeystrokeReplay.CharacterPresses(keys).Count);
        Assert.Equal("the", KeystrokeReplay.Replay(keys));
    }
}
