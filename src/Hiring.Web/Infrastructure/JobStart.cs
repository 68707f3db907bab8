namespace Hiring.Web.Infrastructure;

/// <summary>
/// When the periodic jobs (outbox, test and scorecard reminders, pipeline rules, retention) take their first turn: once
/// the app listens, and <c>Jobs:FirstRunDelay</c> (5 s) after that. Each job's first turn compiles its queries and
/// builds what it needs (the outbox's HTML sanitizer alone is most of a second of CPU); run at once, they took the CPU
/// a start's first pages were waiting for (docs/benchmarks.md, "Start-up"). Nothing they do is due within seconds.
/// </summary>
public sealed class JobStart(IHostApplicationLifetime lifetime, IConfiguration configuration)
{
    public TimeSpan FirstRunDelay { get; } = configuration.GetValue("Jobs:FirstRunDelay", TimeSpan.FromSeconds(5));

    public async Task WaitAsync(CancellationToken ct)
    {
        await lifetime.WhenStartedAsync(ct);
        if (FirstRunDelay > TimeSpan.Zero) await Task.Delay(FirstRunDelay, ct);
    }
}
