using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Hiring.Web.Security;

/// <summary>How often each abusable action may be posted (per client address, or per account when signed in).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    [Range(1, 100_000)] public int LogInPerMinute { get; set; } = 10;
    [Range(1, 100_000)] public int RegisterPerHour { get; set; } = 10;
    [Range(1, 100_000)] public int PasswordResetPerHour { get; set; } = 5;
    [Range(1, 100_000)] public int ApplyPerHour { get; set; } = 20;
    /// <summary>Autosaves per minute for one candidate: far above a real test-taker's pace, far below a script's.</summary>
    [Range(1, 100_000)] public int AutosavePerMinute { get; set; } = 300;
}

/// <summary>
/// Named rate-limit policies for pages (<c>[EnableRateLimiting(RateLimits.LogIn)]</c>). Only POSTs count:
/// reading the log-in form is never limited. A refused request gets 429, a <c>Retry-After</c> header (whole seconds
/// until its window reopens; the autosave script waits that long) and the friendly status page.
/// </summary>
public static class RateLimits
{
    public const string LogIn = "log-in", Register = "register", PasswordReset = "password-reset", Apply = "apply", Autosave = "autosave";

    public static IServiceCollection AddHiringRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var o = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(LogIn, c => Window(c, o.LogInPerMinute, TimeSpan.FromMinutes(1)));
            limiter.AddPolicy(Register, c => Window(c, o.RegisterPerHour, TimeSpan.FromHours(1)));
            limiter.AddPolicy(PasswordReset, c => Window(c, o.PasswordResetPerHour, TimeSpan.FromHours(1)));
            limiter.AddPolicy(Apply, c => Window(c, o.ApplyPerHour, TimeSpan.FromHours(1)));
            limiter.AddPolicy(Autosave, c => Window(c, o.AutosavePerMinute, TimeSpan.FromMinutes(1)));
        });
    }

    private static RateLimitPartition<string> Window(HttpContext context, int permits, TimeSpan window)
    {
        if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
        var who = context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? "user:" + id
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(who, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true,
        });
    }
}
