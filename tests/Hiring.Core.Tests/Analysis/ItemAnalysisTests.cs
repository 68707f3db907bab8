using Hiring.Core.Analysis;

namespace Hiring.Core.Tests.Analysis;

public class ItemAnalysisTests
{
    [Fact]
    public void Facility_is_the_share_answering_well()
    {
        var items = ItemAnalysis.Analyse(Matrix.Of(Matrix.FiveAttempts)).Items;
        Assert.Equal([0.6, 0.6, 0.2], items.Select(i => Math.Round(i.Facility!.Value, 9)));
        Assert.All(items, i => Assert.Equal(5, i.Answered));
    }

    [Fact]
    public void Discrimination_correlates_the_item_with_the_total_of_the_other_items()
    {
        // Item 1: 1,1,1,0,0 (mean .6) against items 2+3: 2,1,0,1,0 (mean .8).
        // dx .4,.4,.4,−.6,−.6; dy 1.2,.2,−.8,.2,−.8 → Σdxdy = .48+.08−.32−.12+.48 = .6,
        // Σdx² = 1.2, Σdy² = 1.44+.04+.64+.04+.64 = 2.8 → r = .6 / √3.36 ≈ 0.327327.
        // Item 3: 1,0,0,0,0 (mean .2) against items 1+2: 2,2,1,1,0 (mean 1.2).
        // dx .8,−.2,−.2,−.2,−.2; dy .8,.8,−.2,−.2,−1.2 → Σdxdy = .64−.16+.04+.04+.24 = .8,
        // Σdx² = .8, Σdy² = .64+.64+.04+.04+1.44 = 2.8 → r = .8 / √2.24 ≈ 0.534522.
        var items = ItemAnalysis.Analyse(Matrix.Of(Matrix.FiveAttempts)).Items;
        Assert.Equal(0.6 / Math.Sqrt(3.36), items[0].Discrimination!.Value, 9);
        Assert.Equal(0.8 / Math.Sqrt(2.24), items[2].Discrimination!.Value, 9);
    }

    [Fact]
    public void Item_that_strong_candidates_get_wrong_is_flagged_to_check_the_key()
    {
        // Item 3: 0,0,1,1 against items 1+2: 2,2,0,0 → a perfect negative correlation, −1.
        var items = ItemAnalysis.Analyse(Matrix.Of(Matrix.Times(10, [1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1]))).Items;
        Assert.Equal(-1, items[2].Discrimination!.Value, 9);
        var flag = Assert.Single(items[2].Flags);
        Assert.Equal(FlagKind.NegativeDiscrimination, flag.Kind);
        Assert.Contains("check the key", flag.Hint);
    }

    [Fact]
    public void Item_whose_rest_total_never_varies_has_no_discrimination()
    {
        // Item 1: 1,1,0,0 against items 2+3: 1,1,1,1 — nothing to correlate with.
        var items = ItemAnalysis.Analyse(Matrix.Of([1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1])).Items;
        Assert.Null(items[0].Discrimination);
    }

    [Fact]
    public void A_parallel_form_clearly_harder_than_the_banks_others_is_flagged()
    {
        // One item per attempt, as typing passages. Facilities: I1 .25, I2 .6, I3 .6, I4 .65, I5 .75, I6 .2; median .6.
        // I1 (.2 and .3, 12 attempts): .35 from the median, standard error √(.0025 / 12) ≈ .014 → flagged.
        // I4 (.6 and .7): only .05 away → not. I5 (.5 and 1, 10 attempts): .15 away, but its standard error
        // √(.0625 / 10) ≈ .079 puts that within two of them → not. I6: .4 away, but 3 attempts are too few to tell → not.
        double?[] One(int item, double score) => [.. Enumerable.Range(1, 6).Select(i => i == item ? score : (double?)null)];
        var rows = new List<double?[]>();
        for (var n = 0; n < 6; n++) rows.AddRange([One(1, .2), One(1, .3), One(2, .6), One(2, .6), One(3, .5), One(3, .7), One(4, .6), One(4, .7)]);
        for (var n = 0; n < 5; n++) rows.AddRange([One(5, .5), One(5, 1)]);
        rows.AddRange([One(6, .2), One(6, .2), One(6, .2)]);

        var report = ItemAnalysis.Analyse(Matrix.Of([.. rows]));
        Assert.Equal(1, report.Reliability.FormItems);
        Assert.Equal([true, false, false, false, false, false], report.Items.Select(i => i.Flags.Any(f => f.Kind == FlagKind.UnlikeOthers)));
        Assert.Contains("whoever draws it", report.Items[0].Flags[0].Hint);
    }

    [Fact]
    public void A_discrimination_that_shows_as_zero_is_not_flagged()
    {
        // A correlation of −0.004 prints as 0.00 and is no sign of a wrong key; −0.006 prints as −0.01.
        Assert.Null(AnalysisFlag.ForItem(40, .5, -0.004).FirstOrDefault());
        Assert.Equal(FlagKind.NegativeDiscrimination, Assert.Single(AnalysisFlag.ForItem(40, .5, -0.006)).Kind);
    }

    [Fact]
    public void Items_almost_everyone_or_almost_nobody_gets_right_are_flagged()
    {
        // 40 attempts: item 1 always right (facility 1 > .95), item 2 always wrong (0 < .10), item 3 half and half.
        var report = ItemAnalysis.Analyse(Matrix.Of(Matrix.Times(20, [1, 0, 1], [1, 0, 0])));
        Assert.Equal([FlagKind.TooEasy], report.Items[0].Flags.Select(f => f.Kind));
        Assert.Contains("tells candidates apart very little", report.Items[0].Flags[0].Hint);
        Assert.Equal([FlagKind.TooHard], report.Items[1].Flags.Select(f => f.Kind));
        Assert.Contains("check the key and the wording", report.Items[1].Flags[0].Hint);
        Assert.Empty(report.Items[2].Flags);
        Assert.Null(report.Items[0].Discrimination); // a column of 1s has no spread
        Assert.Empty(report.Flags);
    }

    [Fact]
    public void Facility_of_exactly_95_percent_is_not_flagged()
    {
        // 19 right of 20, repeated twice: 38 / 40 = .95, not above .95.
        var rows = Matrix.Times(2, [.. Enumerable.Repeat<double?[]>([1, 1], 19), [0, 0]]);
        Assert.DoesNotContain(ItemAnalysis.Analyse(Matrix.Of(rows)).Items[0].Flags, f => f.Kind == FlagKind.TooEasy);
    }

    [Fact]
    public void Fewer_than_thirty_attempts_are_flagged_on_the_test_and_the_items()
    {
        var report = ItemAnalysis.Analyse(Matrix.Of(Matrix.FiveAttempts));
        Assert.Equal(FlagKind.FewAttempts, Assert.Single(report.Flags).Kind);
        Assert.Contains("few attempts", report.Flags[0].Hint);
        Assert.All(report.Items, i => Assert.Contains(i.Flags, f => f.Kind == FlagKind.FewAttempts));
        Assert.Equal(5, report.Reliability.Attempts);
    }

    [Fact]
    public void Graded_item_facility_is_its_mean_score_over_those_who_answered()
    {
        // (1 + .5 + .25) / 3 = .583333…; the missing fourth attempt does not count.
        var item = ItemAnalysis.Analyse(Matrix.Of([1, 1], [.5, 0], [.25, 1], [null, 0])).Items[0];
        Assert.Equal(3, item.Answered);
        Assert.Equal(1.75 / 3, item.Facility!.Value, 12);
    }

    [Fact]
    public void Nobody_answering_an_item_leaves_its_statistics_empty()
    {
        var item = ItemAnalysis.Analyse(Matrix.Of([null, 1], [null, 0])).Items[0];
        Assert.Equal((0, null, null, null), (item.Answered, item.Facility, item.Discrimination, item.MedianSeconds));
        Assert.DoesNotContain(item.Flags, f => f.Kind is FlagKind.TooEasy or FlagKind.TooHard);
    }

    [Fact]
    public void Distractor_shares_count_every_offered_option_among_those_who_chose_one()
    {
        // Chosen A, A, B, C and one blank: shares over the four who chose are .5, .25, .25 and 0 for D.
        ItemResponse R(string? option, double score) => new(score, option);
        var responses = new ItemResponses([new AnalysedItem("SJT-001", ["A", "B", "C", "D"]), new AnalysedItem("I2")],
            [[R("A", 1), R(null, 1)], [R("A", 1), R(null, 0)], [R("B", 0), R(null, 1)], [R("C", 0), R(null, 0)], [R(null, 0), R(null, 1)]]);
        var item = ItemAnalysis.Analyse(responses).Items[0];
        Assert.Equal([new("A", 2, .5), new("B", 1, .25), new("C", 1, .25), new("D", 0, 0)], item.OptionShares);
    }

    [Fact]
    public void Median_time_skips_attempts_without_a_recorded_time()
    {
        // 30, 10, 40, 20 → sorted 10, 20, 30, 40 → (20 + 30) / 2 = 25.
        ItemResponse R(double? seconds) => new(1, null, seconds);
        var responses = new ItemResponses([new AnalysedItem("I1")], [[R(30)], [R(10)], [R(null)], [R(40)], [R(20)]]);
        Assert.Equal(25, ItemAnalysis.Analyse(responses).Items[0].MedianSeconds);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_items_is_refused() =>
        Assert.Throws<ArgumentException>(() => ItemAnalysis.Analyse(
            new ItemResponses([new AnalysedItem("I1"), new AnalysedItem("I2")], [[new ItemResponse(1)]])));
}
