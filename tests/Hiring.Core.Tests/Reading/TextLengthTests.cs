using Hiring.Core.Assessments.Reading;

namespace Hiring.Core.Tests.Reading;

/// <summary>Reading speed counts English in words and Chinese in 字 (every Chinese character, plus each run of other
/// letters or digits; punctuation counts nothing). Figures counted by hand.</summary>
public class TextLengthTests
{
    [Theory]
    // 退款在 + 个工作日内到账 = 10 字, "5" = 1
    [InlineData("退款在5个工作日内到账。", 11)]
    // 订单号 + 请核对 = 6 字, the order number = 1
    [InlineData("订单号 YX20250301000123，请核对。", 7)]
    // 请按 + 粘贴 + 退款说明 = 8 字, "Ctrl+V" = 1; the quotes count nothing
    [InlineData("请按 Ctrl+V 粘贴“退款说明”。", 9)]
    // 2 lines: 一、七天无理由退货 = 1 + 7 字; 满 + 元可用 = 4 字, "99" = 1; the list mark and the line break count nothing
    [InlineData("一、七天无理由退货\n满99元可用", 13)]
    public void Chinese_text_is_counted_in_characters(string text, int count) =>
        Assert.Equal(new TextLength(count, true), TextLength.Of(text));

    [Theory]
    [InlineData("Refunds within 30 days - see below.", 7)]
    // Two Chinese characters among four English words: still English, counted in words as before.
    [InlineData("Call Wang Fang (王芳) today.", 5)]
    public void English_text_is_counted_in_words_between_spaces(string text, int count) =>
        Assert.Equal(new TextLength(count, false), TextLength.Of(text));

    [Fact]
    public void Speed_is_the_count_per_minute_the_passage_was_open()
    {
        Assert.Equal(300.0, new TextLength(600, true).PerMinute(120));   // 600 字 in 2 minutes
        Assert.Equal(104.0, new TextLength(26, false).PerMinute(15));    // 26 words in a quarter of a minute
        Assert.Equal(133.3, new TextLength(40, false).PerMinute(18));    // 40 / 0.3 = 133.33…
        Assert.Null(new TextLength(600, true).PerMinute(null));
        Assert.Null(new TextLength(600, true).PerMinute(0));
    }
}
