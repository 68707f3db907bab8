namespace Hiring.Web.Mail;

/// <summary>The <c>Mail:Outbox</c> section: how often the sender and the reminder job look for work, and the retry schedule.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Mail:Outbox";

    public bool Enabled { get; set; } = true;
    /// <summary>Wall-clock pause between polls when there is nothing to send (tests use ~100 ms).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>First retry delay; doubled after each failure up to <see cref="RetryMax"/>.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromHours(1);
    /// <summary>After this many failed attempts a mail is marked Failed and shown to admins.</summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>How long a claimed row stays reserved for the instance sending it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    public int BatchSize { get; set; } = 20;

    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBase.Ticks * factor, RetryMax.Ticks));
        return delay;
    }
}
