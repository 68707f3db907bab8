using System.ComponentModel.DataAnnotations;
using Hiring.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Recruiting.Rules;

/// <summary><c>Recruiting:Rules</c>: how often the posts' pipeline rules are run.</summary>
public sealed class RuleOptions
{
    public const string Section = "Recruiting:Rules";
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")] public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
    public bool Enabled { get; set; } = true;
}

/// <summary>Runs <see cref="RuleRunner"/> every <see cref="RuleOptions.Interval"/> on the injected clock.</summary>
public sealed class RuleService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RuleOptions> options, ILogger<RuleService> logger, JobStart start) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await start.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RuleRunner>().RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Pipeline rules run failed");
            }
            try { await Task.Delay(options.Value.Interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}

public static class RuleRegistration
{
    public static IServiceCollection AddHiringPipelineRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RuleOptions>().Bind(configuration.GetSection(RuleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RuleRunner>();
        services.AddScoped<RuleUndo>();
        services.AddHostedService<RuleService>();
        return services;
    }
}
