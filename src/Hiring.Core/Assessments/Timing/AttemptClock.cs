namespace Hiring.Core.Assessments.Timing;

/// <summary>
/// The server's clock for one attempt. The deadline is fixed at start (time limit × accommodation
/// factor) and moves only by credited outage time. Answers are accepted until deadline + grace,
/// to absorb network latency for an answer given in the last second.
/// </summary>
public static class AttemptClock
{
    /// <summary>Accommodation factors a recruiter may grant.</summary>
    public static readonly IReadOnlyList<double> AccommodationFactors = [1.0, 1.25, 1.5];
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan MaxGrace = TimeSpan.FromSeconds(60);

    public static TimeSpan Allowed(int timeLimitMinutes, double accommodationFactor)
    {
        if (accommodationFactor is < 1.0 or > 2.0) throw new ArgumentOutOfRangeException(nameof(accommodationFactor), accommodationFactor, "expected 1.0 to 2.0");
        return TimeSpan.FromSeconds(Math.Round(timeLimitMinutes * 60 * accommodationFactor));
    }

    public static DateTime Deadline(DateTime startedAt, int timeLimitMinutes, double accommodationFactor, TimeSpan credited = default) =>
        startedAt + Allowed(timeLimitMinutes, accommodationFactor) + credited;

    /// <summary>Time left, never negative.</summary>
    public static TimeSpan Remaining(DateTime now, DateTime deadline) => deadline > now ? deadline - now : TimeSpan.Zero;

    public static bool AcceptsAnswers(DateTime now, DateTime deadline, TimeSpan grace) => now <= deadline + grace;

    /// <summary>
    /// How far past the deadline an answer's stamp may be and still count as given in time. The page stamps each answer
    /// with the server's clock at page load plus the time elapsed since on its own monotonic clock; that drifts from the
    /// server's by the page's load time and the countdown's re-syncs (up to 1.5 s), and two nodes' clocks differ a little.
    /// </summary>
    public static readonly TimeSpan StampTolerance = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether an answer stamped <paramref name="givenAtMs"/> (milliseconds since 1970 on the server's clock) is accepted
    /// at <paramref name="now"/>: always before the deadline; during the grace only when it was given before the deadline
    /// (delivered late by a slow or lost connection, not given late); never after the grace.
    /// </summary>
    public static bool AcceptsAnswer(DateTime now, DateTime deadline, TimeSpan grace, long givenAtMs) =>
        now <= deadline || (AcceptsAnswers(now, deadline, grace) && givenAtMs <= UnixMilliseconds(deadline + StampTolerance));

    /// <summary>Milliseconds since 1970, the unit of answer stamps (the stored DateTime's kind is ignored: it is UTC).</summary>
    public static long UnixMilliseconds(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    /// <summary>Time a candidate actually used: start to submission, at most the time allowed.</summary>
    public static TimeSpan Used(DateTime startedAt, DateTime submittedAt, DateTime deadline)
    {
        var end = submittedAt < deadline ? submittedAt : deadline;
        return end > startedAt ? end - startedAt : TimeSpan.Zero;
    }
}
