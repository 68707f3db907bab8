using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Seeding;

/// <summary>
/// One language's situational-judgement bank as a whole, read from the real seed with the app's own reader:
/// the reader checks each item; these check what only the whole bank can show. Each language's bank stands
/// on its own (a post draws only from its language), so each meets the rules by itself.
/// </summary>
public abstract class SjtBankTests(string language, string idPrefix, int minimumItems, int minimumMainTags)
{
    private static readonly SeedCatalog Catalog =
        SeedCatalogReader.Read(Path.Combine(TestEnvironment.RepositoryRoot, "seed"), TestEnvironment.RepositoryRoot);

    protected IReadOnlyList<SjtItem> Items { get; } =
        [.. Catalog.Items.Where(e => e.Bank == Bank.Sjt && e.Language == language).Select(e => (SjtItem)e.Item)];

    [Fact]
    public void The_bank_holds_enough_items()
    {
        Assert.True(Items.Count >= minimumItems, $"{Items.Count} {language} SJT items, expected at least {minimumItems}");
    }

    [Fact]
    public void Every_competency_is_the_main_tag_of_enough_items()
    {
        // The first key is what the item mainly measures; a second key alone would let a competency hide behind others.
        var thin = SeedRules.CompetencyKeys
            .Select(key => (key, count: Items.Count(i => i.Competencies[0] == key)))
            .Where(c => c.count < minimumMainTags).ToList();
        Assert.True(thin.Count == 0, "too few items mainly measuring: " + string.Join(", ", thin));
    }

    [Theory]
    [InlineData("inbound")]
    [InlineData("outbound")]
    [InlineData("common")]
    public void Each_main_post_type_has_at_least_five_items(string postType)
    {
        Assert.True(Items.Count(i => i.PostTypes.Contains(postType)) >= 5, $"fewer than 5 items tagged {postType}");
    }

    [Fact]
    public void No_option_letter_is_the_best_answer_on_more_than_forty_percent_of_items()
    {
        var bestLetters = Items.GroupBy(i => i.Options.Single(o => o.Rating == 4).Id)
            .Select(g => (letter: g.Key, share: (double)g.Count() / Items.Count)).ToList();
        Assert.All(bestLetters, b => Assert.True(b.share <= 0.40, $"option {b.letter} is best on {b.share:P0} of items"));
    }

    [Fact]
    public void The_options_of_an_item_are_of_similar_length()
    {
        // A much longer option is a cue to test-wise candidates; the key should need judgement, not counting.
        var uneven = Items.Where(i => i.Options.Max(o => o.Text.Trim().Length) > 2.5 * i.Options.Min(o => o.Text.Trim().Length))
            .Select(i => i.Id).ToList();
        Assert.True(uneven.Count == 0, "options differ too much in length: " + string.Join(", ", uneven));
    }

    [Fact]
    public void Every_option_has_a_rationale_for_staff()
    {
        var missing = Items.SelectMany(i => i.Options.Where(o => string.IsNullOrWhiteSpace(o.Rationale)).Select(o => $"{i.Id}/{o.Id}")).ToList();
        Assert.True(missing.Count == 0, "options without a rationale: " + string.Join(", ", missing));
    }

    [Fact]
    public void Ids_run_in_order_across_the_files()
    {
        var expected = Enumerable.Range(1, Items.Count).Select(n => $"{idPrefix}{n:000}");
        Assert.Equal(expected, Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    }
}

public class EnglishSjtBankTests() : SjtBankTests(Cultures.English, "SJT-", 40, 2);

/// <summary>The Chinese bank (seed/zh-Hans/assessments): written natively, so it is checked as Chinese text too.</summary>
public class ChineseSjtBankTests() : SjtBankTests(Cultures.ChineseSimplified, "SJT-ZH-", 24, 1)
{
    [Fact]
    public void Every_competency_is_measured_and_most_by_two_items()
    {
        var main = SeedRules.CompetencyKeys.ToDictionary(k => k, k => Items.Count(i => i.Competencies[0] == k));
        Assert.All(SeedRules.CompetencyKeys, k => Assert.Contains(Items, i => i.Competencies.Contains(k)));
        Assert.True(main.Count(m => m.Value >= 2) > SeedRules.CompetencyKeys.Count / 2,
            "fewer than half the competencies are the main tag of two items: " + string.Join(", ", main));
    }

    [Fact]
    public void The_best_option_is_not_usually_the_longest()
    {
        // Writers tend to say more in the answer they like; a key that is mostly the longest option can be guessed.
        var longest = Items.Count(i => i.Options.Single(o => o.Rating == 4).Text.Trim().Length == i.Options.Max(o => o.Text.Trim().Length));
        Assert.True(longest <= Items.Count / 3, $"the best option is the longest on {longest} of {Items.Count} items");
    }

    [Fact]
    public void Titles_scenarios_options_and_rationales_are_written_in_chinese_without_stray_spaces()
    {
        Assert.All(Items, i =>
        {
            ChineseText.AssertWritten(i.Title, i.Id);
            ChineseText.AssertWritten(i.Scenario.Trim(), i.Id);
            Assert.All(i.Options, o =>
            {
                ChineseText.AssertWritten(o.Text, $"{i.Id}/{o.Id}");
                ChineseText.AssertWritten(o.Rationale, $"{i.Id}/{o.Id}");
            });
        });
    }
}
