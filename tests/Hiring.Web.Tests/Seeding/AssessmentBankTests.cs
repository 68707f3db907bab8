using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Seeding;

/// <summary>
/// The real typing, reading and computer-literacy banks, read with the app's own reader, meet the
/// content rules of seed/README.md and domain.md ("Writing good items"): enough items, the right
/// lengths, every topic and task kind, and keys that can be reached from the material.
/// </summary>
public class AssessmentBankTests
{
    private static readonly SeedCatalog Catalog =
        SeedCatalogReader.Read(Path.Combine(TestEnvironment.RepositoryRoot, "seed"), TestEnvironment.RepositoryRoot);

    private static readonly string[] LiteracyTopics = ["files", "browser", "email", "shortcuts", "forms", "spreadsheets", "security"];

    [Fact]
    public void Typing_bank_has_at_least_ten_passages_of_80_to_160_words()
    {
        var passages = English<TypingPassage>(Bank.Typing);
        Assert.True(passages.Count >= 10, $"{passages.Count} typing passages");
        Assert.All(passages, p => Assert.InRange(Words(p.Text), 80, 160));
    }

    [Fact]
    public void Typing_passages_only_use_characters_an_ordinary_keyboard_types_besides_accented_letters()
    {
        Assert.All(English<TypingPassage>(Bank.Typing), p =>
        {
            // Accented letters (in names) are fine; typographic quotes, dashes or non-breaking spaces are not.
            Assert.All(p.Text.Where(c => c > 127), c => Assert.True(char.IsLetter(c), $"{p.Id}: '{c}' (U+{(int)c:X4})"));
            Assert.DoesNotContain('\t', p.Text);
            Assert.DoesNotContain("  ", p.Text);
            Assert.All(p.Text.Split('\n'), line => Assert.Equal(line.Trim(), line));
            Assert.Equal(p.Text.Trim(), p.Text);
        });
    }

    [Fact]
    public void Reading_bank_has_at_least_six_passages_of_250_to_450_words_with_four_or_more_questions()
    {
        var passages = Items<ReadingPassage>(Bank.Reading);
        Assert.True(passages.Count >= 6, $"{passages.Count} reading passages");
        Assert.All(passages, p =>
        {
            Assert.InRange(Words(p.Text), 250, 450);
            Assert.True(p.Questions.Count >= 4, $"{p.Id} has {p.Questions.Count} questions");
            Assert.NotEmpty(p.Competencies);
        });
    }

    [Fact]
    public void Reading_questions_have_four_options_one_correct_and_ids_under_their_passage()
    {
        Assert.All(Items<ReadingPassage>(Bank.Reading).SelectMany(p => p.Questions.Select(q => (p.Id, Question: q))), pq =>
        {
            Assert.StartsWith(pq.Id + "-Q", pq.Question.Id);
            AssertFourOptionsOneCorrect(pq.Question.Options);
            Assert.NotEmpty(pq.Question.Competencies);
        });
    }

    [Fact]
    public void Literacy_bank_has_at_least_forty_items_of_four_options_covering_all_seven_topics()
    {
        var items = Items<LiteracyItem>(Bank.Literacy);
        Assert.True(items.Count >= 40, $"{items.Count} literacy items");
        Assert.Equal(LiteracyTopics.Order(), items.Select(i => i.Topic).Distinct().Order());
        Assert.All(items, i => AssertFourOptionsOneCorrect(i.Options));
    }

    [Fact]
    public void Literacy_tasks_number_at_least_three_and_include_every_kind()
    {
        var tasks = Items<LiteracyTask>(Bank.LiteracyTask);
        Assert.True(tasks.Count >= 3, $"{tasks.Count} literacy tasks");
        Assert.Equal(SeedRules.TaskKinds.Order(), tasks.Select(t => t.Kind).Distinct().Order());
    }

    [Fact]
    public void Every_search_task_expects_one_of_its_records_and_that_records_values()
    {
        var searches = Items<LiteracyTask>(Bank.LiteracyTask).Where(t => t.Kind == "search").ToList();
        Assert.NotEmpty(searches);
        Assert.All(searches, task =>
        {
            var expectedId = Assert.Single(task.Fields, f => f.Name == "record_id").Expected;
            var record = Assert.Single(task.Records, r => r["id"] == expectedId);
            // Every other field named after a column must expect that record's value, or the key is unreachable.
            foreach (var field in task.Fields.Where(f => f.Name != "record_id" && record.ContainsKey(f.Name)))
                Assert.Equal(record[field.Name], field.Expected);
            Assert.True(task.Records.Count >= 10, $"{task.Id} has only {task.Records.Count} records to search");
        });
    }

    [Fact]
    public void Every_fix_task_has_a_field_to_correct_and_a_field_to_leave_alone()
    {
        var fixes = Items<LiteracyTask>(Bank.LiteracyTask).Where(t => t.Kind == "fix").ToList();
        Assert.NotEmpty(fixes);
        Assert.All(fixes, task =>
        {
            Assert.Contains(task.Fields, f => f.Initial != f.Expected);
            Assert.Contains(task.Fields, f => f.Initial == f.Expected);
        });
    }

    [Fact]
    public void Form_tasks_start_empty_and_check_phone_numbers_by_digits()
    {
        var forms = Items<LiteracyTask>(Bank.LiteracyTask).Where(t => t.Kind == "form").ToList();
        Assert.NotEmpty(forms);
        Assert.All(forms.SelectMany(t => t.Fields), f => Assert.Equal("", f.Initial));
        Assert.All(forms.SelectMany(t => t.Fields).Where(f => f.Name.Contains("phone")), f => Assert.Equal("digits", f.Match));
    }

    /// <summary>The English items (Chinese passages are counted in characters and typed with full-width punctuation).</summary>
    private static List<T> English<T>(Bank bank) =>
        Catalog.Items.Where(e => e.Bank == bank && e.Language == Hiring.Web.Localization.Cultures.English).Select(e => (T)e.Item).ToList();

    private static List<T> Items<T>(Bank bank) => Catalog.Items.Where(e => e.Bank == bank).Select(e => (T)e.Item).ToList();

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static void AssertFourOptionsOneCorrect(List<ChoiceOption> options)
    {
        Assert.Equal(4, options.Count);
        Assert.Single(options, o => o.Correct);
        Assert.All(options, o => Assert.False(string.IsNullOrWhiteSpace(o.Text)));
    }
}
