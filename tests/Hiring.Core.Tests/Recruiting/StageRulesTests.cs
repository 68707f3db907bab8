using Hiring.Core.Recruiting;

namespace Hiring.Core.Tests.Recruiting;

public class StageRulesTests
{
    [Theory]
    [InlineData(Stage.Applied, Stage.Testing)]
    [InlineData(Stage.Testing, Stage.Tested)]
    [InlineData(Stage.Tested, Stage.Shortlisted)]
    [InlineData(Stage.Shortlisted, Stage.Interview)]
    [InlineData(Stage.Interview, Stage.Offer)]
    [InlineData(Stage.Offer, Stage.Hired)]
    public void The_pipeline_moves_forward_one_step(Stage from, Stage to) => Assert.True(StageRules.CanMove(from, to));

    [Theory]
    [InlineData(Stage.Applied, Stage.Tested)]
    [InlineData(Stage.Applied, Stage.Shortlisted)]
    [InlineData(Stage.Testing, Stage.Shortlisted)]
    [InlineData(Stage.Interview, Stage.Hired)]
    [InlineData(Stage.Shortlisted, Stage.Tested)]
    [InlineData(Stage.Offer, Stage.Interview)]
    [InlineData(Stage.Tested, Stage.Tested)]
    public void Skipping_or_going_back_is_refused(Stage from, Stage to) => Assert.False(StageRules.CanMove(from, to));

    [Theory]
    [InlineData(Stage.Applied)]
    [InlineData(Stage.Testing)]
    [InlineData(Stage.Offer)]
    public void An_open_application_can_be_rejected_or_withdrawn(Stage from)
    {
        Assert.True(StageRules.CanMove(from, Stage.Rejected));
        Assert.True(StageRules.CanMove(from, Stage.Withdrawn));
    }

    [Theory]
    [InlineData(Stage.Hired)]
    [InlineData(Stage.Rejected)]
    [InlineData(Stage.Withdrawn)]
    public void Final_stages_never_move(Stage final)
    {
        Assert.True(StageRules.IsFinal(final));
        Assert.Empty(StageRules.Next(final));
    }

    [Fact]
    public void A_post_without_tests_shortlists_straight_from_applied()
    {
        Assert.True(StageRules.CanMove(Stage.Applied, Stage.Shortlisted, postHasTests: false));
        Assert.False(StageRules.CanMove(Stage.Applied, Stage.Shortlisted, postHasTests: true));
    }

    [Fact]
    public void Next_lists_the_allowed_moves_in_pipeline_order() =>
        Assert.Equal([Stage.Shortlisted, Stage.Rejected, Stage.Withdrawn], StageRules.Next(Stage.Tested));

    [Fact]
    public void An_interview_is_booked_only_at_the_interview_stage() =>
        Assert.Equal([Stage.Interview], Enum.GetValues<Stage>().Where(StageRules.CanBookInterview));
}
