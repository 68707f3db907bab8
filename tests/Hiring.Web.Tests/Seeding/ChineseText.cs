using System.Text.RegularExpressions;

namespace Hiring.Web.Tests.Seeding;

/// <summary>What Chinese bank text must look like: written in Chinese (more Han characters than Latin letters), and no
/// space or line break between two Chinese characters or full-width marks — a browser shows it as a gap in the sentence.</summary>
public static partial class ChineseText
{
    [GeneratedRegex(@"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]\s+[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")]
    private static partial Regex GapBetweenHan();

    public static void AssertWritten(string text, string where)
    {
        Assert.True(text.Count(c => c is >= '\u4e00' and <= '\u9fff') > text.Count(char.IsAsciiLetter), $"{where}: not written in Chinese: {text}");
        Assert.False(GapBetweenHan().IsMatch(text), $"{where}: a space between Chinese characters: {text}");
    }
}
