using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Typing;

public class ChineseTypingScoreTests
{
    // 15 characters: 您 好 ， 订 单 已 发 货 ， 运 费 十 二 元 。
    private const string Passage = "您好，订单已发货，运费十二元。";

    private static TypingResult Score(string typed, ImeScript session, double minutes = 1) =>
        TypingScore.Score(Passage, typed, TimeSpan.FromMinutes(minutes), session.Events, TypingUnit.Characters);

    [Fact]
    public void Session_with_a_corrected_slip_a_skipped_character_and_an_error_scores_as_worked_out_by_hand()
    {
        // 以 committed for 已 and corrected; 十 skipped; 园 left for 元.
        var session = new ImeScript().Compose("ninhao", "您好").Insert("，").Compose("dingdan", "订单")
            .Compose("yi", "以").Backspace().Compose("yi", "已").Compose("fahuo", "发货").Insert("，")
            .Compose("yunfei", "运费").Compose("eryuan", "二园").Insert("。");

        var result = Score("您好，订单已发货，运费二园。", session);

        // 14 characters committed in 1 minute: gross = 14 字/分钟. Aligned with the passage: 13 match,
        // 十 omitted, 园 substituted = 2 errors; net = 14 − 2 / 1 = 12; accuracy = 13 / (13 + 2).
        Assert.Equal(TypingUnit.Characters, result.Unit);
        Assert.Equal(14, result.TypedCharacters);
        Assert.Equal(13, result.CorrectCharacters);
        Assert.Equal(2, result.UncorrectedErrors);
        Assert.Equal(14, result.GrossWpm, 9);
        Assert.Equal(12, result.NetWpm, 9);
        Assert.Equal(13.0 / 15, result.Accuracy, 9);
        // Every committed character, the deleted 以 included: 15 of them, 13 matched (以 extra, 园 wrong).
        Assert.Equal(13.0 / 15, result.KeystrokeAccuracy, 9);
        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Commits_chromium_reports_untrusted_count_when_their_composition_showed_them()
    {
        var session = new ImeScript().ComposeInChromium("ninhao", "您好").Insert("，").ComposeInChromium("dingdanyifahuo", "订单已发货")
            .Insert("，").ComposeInChromium("yunfeishieryuan", "运费十二元").Insert("。");

        var result = Score(Passage, session);

        Assert.Equal(1, result.KeystrokeAccuracy, 9);
        Assert.Equal(0, result.IgnoredSyntheticKeys);
        Assert.Empty(result.Flags);
        Assert.Equal(Passage, CommittedText.Replay(Ime.Vouched(session.Events)));
    }

    [Fact]
    public void A_commit_no_trusted_composition_showed_is_ignored_and_flagged()
    {
        var session = new ImeScript().ComposeInChromium("ninhao", "您好").ScriptedCommit("，订单已发货，运费十二元。");

        var result = Score(Passage, session);

        Assert.Equal(1, result.IgnoredSyntheticKeys);
        Assert.Contains(result.Flags, f => f.Code == "untyped-text");
        Assert.Contains(result.Flags, f => f.Code == "synthetic-input");
    }

    [Fact]
    public void Two_minutes_halve_the_rate_and_an_error_costs_one_character_a_minute()
    {
        var session = new ImeScript().Compose("ninhaodingdanyifahuo", "您好，订单已发货，").Compose("yunfeishieryuan", "运费十二园。");

        var result = Score("您好，订单已发货，运费十二园。", session, minutes: 2);

        // gross = 15 / 2 = 7.5; net = 7.5 − 1 error / 2 min = 7; accuracy = 14 / 15.
        Assert.Equal(7.5, result.GrossWpm, 9);
        Assert.Equal(7, result.NetWpm, 9);
        Assert.Equal(14.0 / 15, result.Accuracy, 9);
    }

    [Fact]
    public void A_phrase_committed_at_once_is_normal_typing()
    {
        var session = new ImeScript().Compose("ninhaodingdanyifahuoyunfeishieryuan", Passage);

        var result = Score(Passage, session);

        Assert.Equal(15, result.GrossWpm, 9);
        Assert.Equal(1, result.Accuracy, 9);
        Assert.Empty(result.Flags);
    }

    [Fact]
    public void A_sentence_appearing_without_composition_is_flagged_as_a_paste()
    {
        var session = new ImeScript().Compose("ninhao", "您好").Insert("，订单已发货，运费十二元。");

        var result = Score(Passage, session);

        // Scored all the same (a flag never changes the score), but held for review.
        Assert.Equal(15, result.GrossWpm, 9);
        Assert.Equal("pasted-text", Assert.Single(result.Flags).Code);
    }

    [Fact]
    public void Punctuation_typed_straight_through_is_not_a_paste()
    {
        var session = new ImeScript().Compose("ninhaodingdanyifahuo", "您好，订单已发货").Insert("，")
            .Compose("yunfeishieryuan", "运费十二元").Insert("。");

        Assert.Empty(Score(Passage, session).Flags);
    }

    [Fact]
    public void Text_that_no_commit_wrote_is_flagged()
    {
        var session = new ImeScript().Compose("ninhao", "您好");

        var result = Score(Passage, session);

        Assert.Contains(result.Flags, f => f.Code == "untyped-text");
    }

    [Fact]
    public void Commits_at_a_constant_interval_are_a_bot_signal()
    {
        // 45 one-character commits, each 400 ms × 3 steps apart exactly: a script, not a person.
        var passage = Passage + Passage + Passage;
        var session = new ImeScript();
        foreach (var c in passage) session.Compose("x", c.ToString());

        var result = TypingScore.Score(passage, passage, TimeSpan.FromMinutes(1), session.Events, TypingUnit.Characters);

        Assert.Contains(result.Flags, f => f.Code == "regular-timing");
    }

    [Fact]
    public void Commits_at_human_intervals_are_not_flagged()
    {
        var passage = Passage + Passage + Passage;
        var session = new ImeScript();
        // Pinyin of one to four letters: commits 800 to 2000 ms apart, as uneven as people are.
        for (int i = 0; i < passage.Length; i++) session.Compose(new string('x', 1 + i * 7 % 4), passage[i].ToString());

        var result = TypingScore.Score(passage, passage, TimeSpan.FromMinutes(1), session.Events, TypingUnit.Characters);

        Assert.DoesNotContain(result.Flags, f => f.Code == "regular-timing");
    }

    [Fact]
    public void Replaying_the_commits_gives_the_committed_text()
    {
        var session = new ImeScript().Compose("ninhao", "您好").Insert("，").Compose("yi", "以").Backspace().Compose("yi", "已");

        Assert.Equal("您好，已", CommittedText.Replay(session.Events));
    }

    [Fact]
    public void Full_marks_at_eighty_characters_a_minute()
    {
        var session = new ImeScript().Compose("x", Passage);
        var result = TypingScore.Score(Passage, Passage, TimeSpan.FromMinutes(0.375), session.Events, TypingUnit.Characters);

        // 15 / 0.375 = 40 字/分钟 = half of the 80 that earns full marks.
        Assert.Equal(40, result.NetWpm, 9);
        Assert.Equal(50, TypingScore.Percent(result), 9);
    }
}
