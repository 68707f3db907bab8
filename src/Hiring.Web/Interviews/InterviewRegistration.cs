using Microsoft.AspNetCore.Authorization;

namespace Hiring.Web.Interviews;

public static class InterviewRegistration
{
    public static IServiceCollection AddHiringInterviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InterviewOptions>().Bind(configuration.GetSection(InterviewOptions.Section))
            .Validate(o => o.ReminderCheckSeconds is >= 5 and <= 86_400, "Interviews:ReminderCheckSeconds must be 5-86400.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Interviews:TimeZone must be a time zone id such as Europe/London.")
            .ValidateOnStart();
        services.AddSingleton<InterviewClock>();
        services.AddSingleton<IAuthorizationHandler, ApplicationPanelHandler>();
        services.AddScoped<InterviewAccess>();
        services.AddScoped<CompetencyScores>();
        services.AddScoped<InterviewBank>();
        services.AddScoped<KitEditor>();
        services.AddScoped<InterviewScheduler>();
        services.AddScoped<InterviewInvites>();
        services.AddScoped<ScorecardReminders>();
        services.AddScoped<ScorecardSummary>();
        services.AddScoped<ScorecardEditor>();
        services.AddScoped<BankEditor>();
        services.AddScoped<BankYaml>();
        services.AddScoped<QuestionSheets>();
        services.AddScoped<Demo.DemoInterviews>();
        services.AddHostedService<ScorecardReminderService>();
        return services;
    }
}

/// <summary>The <c>Interviews</c> section.</summary>
public sealed class InterviewOptions
{
    public const string Section = "Interviews";
    /// <summary>How often the reminder job looks for interviews that ended without a scorecard.</summary>
    public int ReminderCheckSeconds { get; set; } = 300;
    /// <summary>The centre's time zone: interview times are entered and shown in it.</summary>
    public string TimeZone { get; set; } = "Europe/London";
}
