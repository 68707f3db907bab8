namespace Hiring.Web.Assessments;

/// <summary>
/// Optimistic concurrency on a busy attempt (several tabs, queued saves arriving together) means a
/// writer can lose a few times in a row. Each retry waits a little longer, with jitter so the losers
/// do not collide again in lockstep.
/// </summary>
public static class Retry
{
    public const int Times = 12;

    public static Task PauseAsync(int attempt, CancellationToken ct) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * (attempt + 1)), ct);
}
