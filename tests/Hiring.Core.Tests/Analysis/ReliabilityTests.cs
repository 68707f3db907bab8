using Hiring.Core.Analysis;

namespace Hiring.Core.Tests.Analysis;

public class ReliabilityTests
{
    // Rows 1 1 1 / 1 1 0 / 1 0 0 / 0 1 0 / 0 0 0: totals 3, 2, 1, 1, 0 (mean 1.4):
    // squared deviations 2.56 + 0.36 + 0.16 + 0.16 + 1.96 = 5.2, variance 5.2 / 5 = 1.04.
    // p = 0.6, 0.6, 0.2 → p·q = 0.24 + 0.24 + 0.16 = 0.64.
    // KR-20 = 3/2 × (1 − 0.64 / 1.04) = 1.5 × 0.4 / 1.04 = 15/26 ≈ 0.576923.
    private static readonly double?[][] Dichotomous = Matrix.FiveAttempts;

    [Fact]
    public void Kr20_on_right_wrong_items_is_worked_out_from_p_times_q()
    {
        var rows = Dichotomous.Select(r => (IReadOnlyList<double>)r.Select(s => s!.Value).ToList()).ToList();
        var (kr20, reason) = Reliability.Kr20(rows, 3);
        Assert.Equal(15.0 / 26, kr20!.Value, 9);
        Assert.Null(reason);
    }

    [Fact]
    public void Alpha_equals_kr20_when_every_item_is_right_or_wrong()
    {
        // Each item's variance is p·q itself (0.24, 0.24, 0.16), so α's sum of item variances is KR-20's 0.64.
        var rows = Dichotomous.Select(r => (IReadOnlyList<double>)r.Select(s => s!.Value).ToList()).ToList();
        Assert.Equal(Reliability.Kr20(rows, 3).Alpha!.Value, Reliability.Alpha(rows, 3).Alpha!.Value, 12);

        var report = Reliability.Of(Matrix.Of(Dichotomous));
        Assert.Equal(("KR-20", 5), (report.Method, report.Attempts));
        Assert.Equal(15.0 / 26, report.Alpha!.Value, 9);
    }

    [Fact]
    public void Alpha_on_graded_items_uses_each_items_variance()
    {
        // Item 1: 1, .5, .5, 0 (mean .5) → variance (.25 + 0 + 0 + .25) / 4 = .125
        // Item 2: .5, .5, 0, 0 (mean .25) → variance 4 × .0625 / 4 = .0625
        // Item 3: as item 1 → .125; sum .3125
        // Totals 2.5, 1.5, 1, 0 (mean 1.25) → (1.5625 + .0625 + .0625 + 1.5625) / 4 = .8125
        // α = 3/2 × (1 − .3125 / .8125) = 1.5 × .5 / .8125 = 12/13 ≈ 0.923077
        var report = Reliability.Of(Matrix.Of([1, .5, 1], [.5, .5, .5], [.5, 0, .5], [0, 0, 0]));
        Assert.Equal("Cronbach's alpha", report.Method);
        Assert.Equal(12.0 / 13, report.Alpha!.Value, 9);
    }

    [Fact]
    public void Kr20_refuses_graded_scores() =>
        Assert.Throws<ArgumentException>(() => Reliability.Kr20([[1, .5], [0, 1]], 2));

    [Fact]
    public void An_attempt_that_skipped_an_item_is_left_out_of_alpha()
    {
        var report = Reliability.Of(Matrix.Of([.. Dichotomous, [1, null, 1]]));
        Assert.Equal(5, report.Attempts);
        Assert.Equal(15.0 / 26, report.Alpha!.Value, 9);
    }

    [Fact]
    public void Equal_totals_give_no_alpha_and_say_why()
    {
        // Totals 1 and 1: no spread to explain.
        var report = Reliability.Of(Matrix.Of([1, 0], [0, 1]));
        Assert.Null(report.Alpha);
        Assert.Contains("same total score", report.Reason);
    }

    [Fact]
    public void Items_never_answered_together_by_two_attempts_give_no_alpha_and_say_why()
    {
        var report = Reliability.Of(Matrix.Of([1, 0], [null, 1]));
        Assert.Equal((null, 2), (report.Alpha, report.Attempts));
        Assert.Contains("at least two attempts", report.Reason);
    }

    [Fact]
    public void Drawn_forms_get_the_alpha_of_one_form_from_the_item_pairs_attempts_shared()
    {
        // Six attempts, each at two of three items (as forms drawn from a bank): nobody answered all three.
        // Item variances: I1 (1, 0, 1, 0), I2 (1, 0, 1, 0), I3 (1, 0, 0, 1) → .25 each, v̄ = .25.
        // Covariances over the shared attempts: I1·I2 (1,1)(0,0) → .25; I1·I3 (1,1)(0,0) → .25; I2·I3 (1,0)(0,1) → −.25; c̄ = 1/12.
        // k = 2 items per form: α = 2 × 1/12 / (.25 + 1 × 1/12) = (1/6) / (1/3) = .5
        var report = Reliability.Of(Matrix.Of([1, 1, null], [0, 0, null], [1, null, 1], [0, null, 0], [null, 1, 0], [null, 0, 1]));
        Assert.Equal(("KR-20", 6, 2), (report.Method, report.Attempts, report.FormItems));
        Assert.Equal(0.5, report.Alpha!.Value, 12);
    }

    [Fact]
    public void On_complete_attempts_the_drawn_forms_estimate_is_cronbachs_alpha()
    {
        Assert.Equal(15.0 / 26, Reliability.OfDrawnForms(Matrix.Of(Dichotomous)).Alpha!.Value, 12);
        Assert.Equal(12.0 / 13, Reliability.OfDrawnForms(Matrix.Of([1, .5, 1], [.5, .5, .5], [.5, 0, .5], [0, 0, 0])).Alpha!.Value, 12);
    }

    [Fact]
    public void One_item_per_attempt_has_no_alpha_and_says_why()
    {
        // Typing: each attempt types one of the bank's passages.
        var report = Reliability.Of(Matrix.Of([.5, null], [null, .7], [.6, null]));
        Assert.Null(report.Alpha);
        Assert.Contains("one item", report.Reason);
    }

    [Fact]
    public void A_single_item_has_no_alpha() =>
        Assert.Contains("two items", Reliability.Of(Matrix.Of([1], [0])).Reason);
}
