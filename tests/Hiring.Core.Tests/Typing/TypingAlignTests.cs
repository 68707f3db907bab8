using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Typing;

public class TypingAlignTests
{
    private const string Passage = "The quick brown fox"; // 19 characters

    [Fact]
    public void Identical_text_is_all_matches() =>
        Assert.Equal(new TypingAlignment(19, 0, 0, 0), TypingAlign.Align(Passage, "The quick brown fox"));

    [Fact]
    public void Skipped_letter_mid_line_is_one_omission_and_the_rest_stays_correct() =>
        // "quik": the c is missing; the 18 letters after it still line up.
        Assert.Equal(new TypingAlignment(18, 0, 0, 1), TypingAlign.Align(Passage, "The quik brown fox"));

    [Fact]
    public void Extra_letter_is_one_insertion() =>
        Assert.Equal(new TypingAlignment(19, 0, 1, 0), TypingAlign.Align(Passage, "The quicck brown fox"));

    [Fact]
    public void Wrong_letter_is_one_substitution() =>
        Assert.Equal(new TypingAlignment(18, 1, 0, 0), TypingAlign.Align(Passage, "The quixk brown fox"));

    [Fact]
    public void Untyped_remainder_of_the_passage_is_not_an_error() =>
        Assert.Equal(new TypingAlignment(9, 0, 0, 0), TypingAlign.Align(Passage, "The quick"));

    [Fact]
    public void Skipped_letter_then_stopping_half_way_costs_only_the_skipped_letter() =>
        // 11 typed characters against the prefix "The quick br" (12): 11 matches, the c omitted.
        Assert.Equal(new TypingAlignment(11, 0, 0, 1), TypingAlign.Align(Passage, "The quik br"));

    [Fact]
    public void Alignment_errors_add_up() =>
        Assert.Equal(3, new TypingAlignment(10, 1, 1, 1).Errors);

    [Fact]
    public void Case_is_compared_exactly() =>
        Assert.Equal(new TypingAlignment(2, 1, 0, 0), TypingAlign.Align("The", "the"));

    [Fact]
    public void Line_endings_and_trailing_spaces_do_not_count() =>
        // "Order 4471\nPaid" is 15 characters once CRLF is LF and trailing spaces are gone.
        Assert.Equal(new TypingAlignment(15, 0, 0, 0), TypingAlign.Align("Order 4471\r\nPaid", "Order 4471  \nPaid "));

    [Fact]
    public void Double_space_inside_a_line_is_an_extra_character() =>
        Assert.Equal(new TypingAlignment(19, 0, 1, 0), TypingAlign.Align(Passage, "The quick  brown fox"));

    [Fact]
    public void Nothing_typed_is_nothing_aligned() =>
        Assert.Equal(new TypingAlignment(0, 0, 0, 0), TypingAlign.Align(Passage, ""));

    [Fact]
    public void Letter_typed_in_place_of_another_before_stopping_is_a_substitution() =>
        // "abx" against "abcd": x stands where c belongs (not an extra letter before stopping).
        Assert.Equal(new TypingAlignment(2, 1, 0, 0), TypingAlign.Align("abcd", "abx"));

    [Fact]
    public void Equal_cost_prefers_the_reading_with_more_correct_letters() =>
        // "abd" against "abcd": c skipped (3 matches), not d typed for c (2 matches).
        Assert.Equal(new TypingAlignment(3, 0, 0, 1), TypingAlign.Align("abcd", "abd"));

    [Fact]
    public void Swapped_letters_cost_two_errors_and_keep_one_letter_correct() =>
        // "abcd" for "bacd": two substitutions would leave 2 matches; b skipped and re-typed after
        // a costs the same 2 errors and leaves a, c, d correct — the reading with more correct letters wins.
        Assert.Equal(new TypingAlignment(3, 0, 1, 1), TypingAlign.Align("bacd", "abcd"));

    [Fact]
    public void Text_typed_without_a_passage_is_all_insertions() =>
        Assert.Equal(new TypingAlignment(0, 0, 3, 0), TypingAlign.Align("", "abc"));

    [Fact]
    public void Text_too_long_to_align_is_refused_before_memory_is_taken() =>
        // 8 000 typed × 16 000 passage characters = 128 million cells, over the 50 million guard.
        Assert.Throws<ArgumentException>(() => TypingAlign.Align(new string('a', 16_000), new string('a', 8_000)));
}
