using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Hiring.Web.Seeding.Models;
using static Hiring.Web.Tests.Seeding.AssessmentBankTests;

namespace Hiring.Web.Tests.Seeding;

/// <summary>The zh-Hans reading and computer-literacy banks (seed/zh-Hans/assessments/) meet the rules of seed/README.md,
/// lengths in Chinese characters (汉字, punctuation not counted).</summary>
public class ChineseAssessmentBankTests
{
    [Fact]
    public void Chinese_reading_bank_has_at_least_four_passages_of_500_to_900_characters_with_four_or_more_questions()
    {
        var passages = Items<ReadingPassage>(Bank.Reading, Cultures.ChineseSimplified);
        Assert.True(passages.Count >= 4, $"{passages.Count} Chinese reading passages");
        Assert.All(passages, p =>
        {
            Assert.StartsWith("RD-ZH-", p.Id);
            Assert.InRange(Han(p.Text), 500, 900);
            Assert.True(p.Questions.Count >= 4, $"{p.Id} has {p.Questions.Count} questions");
            Assert.All(p.Questions, q =>
            {
                Assert.StartsWith(p.Id + "-Q", q.Id);
                AssertFourOptionsOneCorrect(q.Options);
            });
        });
    }

    private static int Han(string text) => text.Count(c => c is >= '\u4e00' and <= '\u9fff');
}
