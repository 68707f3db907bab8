using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Seeding;

/// <summary>
/// The situational-judgement bank as a whole, read from the real seed with the app's own reader:
/// the reader checks each item; these check what only the whole bank can show.
/// </summary>
public class SjtBankTests
{
    private static readonly IReadOnlyList<SjtItem> Items = SeedCatalogReader
        .Read(Path.Combine(TestEnvironment.RepositoryRoot, "seed"), TestEnvironment.RepositoryRoot)
        .Items.Where(e => e.Bank == Bank.Sjt).Select(e => (SjtItem)e.Item).ToList();

    [Fact]
    public void The_bank_holds_at_least_forty_items()
    {
        Assert.True(Items.Count >= 40, $"{Items.Count} SJT items, expected at least 40");
    }

    [Fact]
    public void Every_competency_is_the_main_tag_of_at_least_two_items()
    {
        // The first key is what the item mainly measures; a second key alone would let a competency hide behind others.
        var thin = SeedRules.CompetencyKeys
            .Select(key => (key, count: Items.Count(i => i.Competencies[0] == key)))
            .Where(c => c.count < 2).ToList();
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
    public void Ids_run_in_order_from_SJT_001_across_the_files()
    {
        var expected = Enumerable.Range(1, Items.Count).Select(n => $"SJT-{n:000}");
        Assert.Equal(expected, Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    }
}
