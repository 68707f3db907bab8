using Hiring.Core.Assessments.Choice;

namespace Hiring.Core.Tests.Scoring;

public class ChoiceScoreTests
{
    [Theory]
    [InlineData("B", "B", 1)]
    [InlineData("B", "A", 0)]
    [InlineData("B", null, 0)]
    public void A_choice_item_is_right_or_wrong(string key, string? chosen, int points) =>
        Assert.Equal(points, ChoiceScore.Item(key, chosen));
}

public class TaskScoreTests
{
    [Theory]
    [InlineData(MatchRule.Exact, "Nowak", "Nowak", true)]
    [InlineData(MatchRule.Exact, "Nowak", "nowak", false)]
    [InlineData(MatchRule.Exact, "Nowak", "Nowak ", false)]
    [InlineData(MatchRule.Casefold, "Nowak", "  NOWAK ", true)]
    [InlineData(MatchRule.Casefold, "Nowak", "Nowack", false)]
    [InlineData(MatchRule.Digits, "020 7946 0018", "02079460018", true)]
    [InlineData(MatchRule.Digits, "LS1 4AB", "ls1-4ab", true)]   // digits "14" both
    [InlineData(MatchRule.Digits, "020 7946 0018", "020 7946 0019", false)]
    [InlineData(MatchRule.Trimmed, "LS1 4AB", " LS1 4AB ", true)]
    [InlineData(MatchRule.Trimmed, "LS1 4AB", "ls1 4ab", false)]
    public void A_field_matches_by_its_rule(MatchRule rule, string expected, string actual, bool matches) =>
        Assert.Equal(matches, TaskScore.Matches(rule, expected, actual));

    [Fact]
    public void A_task_scores_one_point_per_matching_field_in_its_final_state()
    {
        TaskField[] fields = [new("surname", "Nowak", MatchRule.Casefold), new("phone", "07700 900123", MatchRule.Digits), new("city", "Leeds", MatchRule.Exact)];
        var state = new Dictionary<string, string> { ["surname"] = "nowak", ["phone"] = "07700900123", ["city"] = "leeds" };
        Assert.Equal(2, TaskScore.Points(fields, state));
        Assert.Equal(0, TaskScore.Points(fields, new Dictionary<string, string>()));
    }

    [Fact]
    public void A_field_that_starts_right_earns_nothing_and_breaking_it_costs_a_point()
    {
        TaskField[] fields = [new("surname", "Peña", MatchRule.Casefold, "Pena"), new("city", "Madrid", MatchRule.Casefold, "Madrid")];
        Assert.Equal(1, TaskScore.Max(fields));
        Assert.Equal(0, TaskScore.Points(fields, new Dictionary<string, string>()));
        Assert.Equal(1, TaskScore.Points(fields, new Dictionary<string, string> { ["surname"] = "peña" }));
        Assert.Equal(0, TaskScore.Points(fields, new Dictionary<string, string> { ["surname"] = "peña", ["city"] = "Madird" }));
        Assert.Equal(0, TaskScore.Points(fields, new Dictionary<string, string> { ["city"] = "" }));
    }

    [Theory]
    [InlineData("exact", MatchRule.Exact)]
    [InlineData("Casefold", MatchRule.Casefold)]
    [InlineData("digits", MatchRule.Digits)]
    [InlineData(null, MatchRule.Trimmed)]
    public void Match_rules_are_read_from_the_seed_names(string? name, MatchRule rule) => Assert.Equal(rule, TaskScore.ParseRule(name));

    [Fact]
    public void An_unknown_match_rule_is_refused() => Assert.Throws<ArgumentException>(() => TaskScore.ParseRule("fuzzy"));
}
