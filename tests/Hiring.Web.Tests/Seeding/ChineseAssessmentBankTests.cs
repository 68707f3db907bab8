using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Hiring.Web.Seeding;
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

    [Fact]
    public void Chinese_literacy_bank_has_at_least_twenty_items_of_four_options_covering_all_seven_topics()
    {
        var items = Items<LiteracyItem>(Bank.Literacy, Cultures.ChineseSimplified);
        Assert.True(items.Count >= 20, $"{items.Count} Chinese literacy items");
        Assert.All(items, i => Assert.StartsWith("LIT-ZH-", i.Id));
        Assert.Equal(Items<LiteracyItem>(Bank.Literacy).Select(i => i.Topic).Distinct().Order(), items.Select(i => i.Topic).Distinct().Order());
        Assert.All(items, i => AssertFourOptionsOneCorrect(i.Options));
    }

    [Fact]
    public void Chinese_literacy_tasks_include_every_kind_and_each_search_expects_the_one_record_it_names()
    {
        var tasks = Items<LiteracyTask>(Bank.LiteracyTask, Cultures.ChineseSimplified);
        Assert.Equal(SeedRules.TaskKinds.Order(), tasks.Select(t => t.Kind).Distinct().Order());
        Assert.All(tasks.Where(t => t.Kind == "search"), task =>
        {
            // Chinese tables are headed in Chinese: a record's id is its first column (客户编号, 订单号).
            var expectedId = Assert.Single(task.Fields, f => f.Name == "record_id").Expected;
            var record = Assert.Single(task.Records, r => r.Values.First() == expectedId);
            foreach (var field in task.Fields.Where(f => f.Name != "record_id"))
                Assert.Contains(field.Expected, record.Values);
            Assert.True(task.Records.Count >= 10, $"{task.Id} has only {task.Records.Count} records to search");
        });
        Assert.All(tasks.Where(t => t.Kind == "fix"), task =>
        {
            Assert.Contains(task.Fields, f => f.Initial != f.Expected);
            Assert.Contains(task.Fields, f => f.Initial == f.Expected);
        });
    }

    private static int Han(string text) => text.Count(c => c is >= '\u4e00' and <= '\u9fff');
}
