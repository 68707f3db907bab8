using Hiring.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Demo;

/// <summary>
/// Makes the demo once the app listens (<see cref="DemoOptions.InBackground"/>): a fresh start serves its first page while
/// the few hundred applicants, their attempts and interviews are made, in one transaction, and the demo logins are printed
/// when they can be used. <see cref="Ready"/> completes then, whether the demo was made, already there, or off.
/// </summary>
public sealed class DemoInBackground(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IOptions<DemoOptions> options,
    IHostEnvironment environment, ILogger<DemoInBackground> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Applies => options.Value.InBackground && options.Value.IsOn(environment);

    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Applies)
        {
            _ready.TrySetResult();
            return;
        }
        try
        {
            await lifetime.WhenStartedAsync(stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureIfEnabledAsync(stoppingToken);
            Welcome.PrintDemoLogins(options.Value);
            _ready.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Whoever stops the app while the demo is made sees EF report the transaction it cancelled; this says what became of it.
            logger.LogInformation("The app stopped before the demo data was made; nothing of it was kept, and the next start makes it");
            _ready.TrySetCanceled(stoppingToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The demo data could not be made; the app runs without it and the next start tries again");
            _ready.TrySetException(e);
        }
    }
}
