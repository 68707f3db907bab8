using Hiring.Core.Assessments.Timing;

namespace Hiring.Core.Tests.Timing;

public class AttemptClockTests
{
    private static readonly DateTime Start = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(25, 1.0, "10:25:00")]   // 25 min
    [InlineData(25, 1.25, "10:31:15")]  // 25 × 1.25 = 31.25 min = 31 min 15 s
    [InlineData(2, 1.5, "10:03:00")]    // 2 × 1.5 = 3 min
    public void Deadline_is_start_plus_time_limit_times_accommodation(int minutes, double factor, string expected)
    {
        Assert.Equal(Start.Date + TimeSpan.Parse(expected), AttemptClock.Deadline(Start, minutes, factor));
    }

    [Fact]
    public void Credited_outage_time_moves_the_deadline()
    {
        Assert.Equal(Start.AddMinutes(15).AddSeconds(90), AttemptClock.Deadline(Start, 15, 1.0, TimeSpan.FromSeconds(90)));
    }

    [Fact]
    public void Remaining_time_counts_down_and_stops_at_zero()
    {
        var deadline = Start.AddMinutes(10);
        Assert.Equal(TimeSpan.FromMinutes(4), AttemptClock.Remaining(Start.AddMinutes(6), deadline));
        Assert.Equal(TimeSpan.Zero, AttemptClock.Remaining(Start.AddMinutes(11), deadline));
    }

    [Fact]
    public void Answers_are_accepted_until_deadline_plus_grace_and_refused_after()
    {
        var deadline = Start.AddMinutes(10);
        var grace = TimeSpan.FromSeconds(30);
        Assert.True(AttemptClock.AcceptsAnswers(deadline.AddSeconds(30), deadline, grace));
        Assert.False(AttemptClock.AcceptsAnswers(deadline.AddSeconds(31), deadline, grace));
        Assert.False(AttemptClock.AcceptsAnswers(deadline.AddSeconds(1), deadline, TimeSpan.Zero));
    }

    [Fact]
    public void In_the_grace_only_an_answer_stamped_before_the_deadline_is_accepted()
    {
        var deadline = Start.AddMinutes(10);
        var grace = TimeSpan.FromSeconds(30);
        var stamp = (DateTime t) => new DateTimeOffset(t).ToUnixTimeMilliseconds();
        Assert.True(AttemptClock.AcceptsAnswer(deadline.AddSeconds(10), deadline, grace, stamp(deadline.AddSeconds(-3))));
        Assert.True(AttemptClock.AcceptsAnswer(deadline.AddSeconds(10), deadline, grace, stamp(deadline.AddSeconds(2)))); // clock drift
        Assert.False(AttemptClock.AcceptsAnswer(deadline.AddSeconds(10), deadline, grace, stamp(deadline.AddMilliseconds(2001))));
        Assert.False(AttemptClock.AcceptsAnswer(deadline.AddSeconds(31), deadline, grace, stamp(deadline.AddSeconds(-3))));
        // Before the deadline the stamp is not looked at: the answer is in time whatever it says.
        Assert.True(AttemptClock.AcceptsAnswer(deadline, deadline, grace, stamp(deadline.AddMinutes(1))));
    }

    [Fact]
    public void Time_used_ends_at_submission_or_at_the_deadline()
    {
        var deadline = Start.AddMinutes(10);
        Assert.Equal(TimeSpan.FromMinutes(7), AttemptClock.Used(Start, Start.AddMinutes(7), deadline));
        Assert.Equal(TimeSpan.FromMinutes(10), AttemptClock.Used(Start, Start.AddMinutes(12), deadline));
    }

    [Fact]
    public void An_accommodation_factor_outside_one_to_two_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttemptClock.Deadline(Start, 10, 0.5));
    }
}

public class OutageTests
{
    private static readonly DateTime T0 = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_gap_over_sixty_seconds_is_an_outage_and_a_shorter_one_is_not()
    {
        Assert.Equal(TimeSpan.Zero, Outage.Gap(T0, T0.AddSeconds(60)));
        Assert.Equal(TimeSpan.FromSeconds(61), Outage.Gap(T0, T0.AddSeconds(61)));
    }

    [Fact]
    public void The_whole_gap_is_credited_when_it_falls_before_the_deadline()
    {
        var credit = Outage.Credit(TimeSpan.FromSeconds(90), T0, T0.AddMinutes(10), TimeSpan.Zero, TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.FromSeconds(90), credit);
    }

    [Fact]
    public void Only_the_part_of_the_gap_before_the_deadline_is_credited()
    {
        // last contact 10:09:00, deadline 10:10:00, gap 150 s → 60 s inside the window
        var credit = Outage.Credit(TimeSpan.FromSeconds(150), T0.AddMinutes(9), T0.AddMinutes(10), TimeSpan.Zero, TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.FromSeconds(60), credit);
    }

    [Fact]
    public void Credit_never_exceeds_the_time_allowed_in_total()
    {
        // allowed 2 min, 100 s already credited → 20 s room left
        var credit = Outage.Credit(TimeSpan.FromSeconds(90), T0, T0.AddMinutes(5), TimeSpan.FromSeconds(100), TimeSpan.FromMinutes(2));
        Assert.Equal(TimeSpan.FromSeconds(20), credit);
    }
}
