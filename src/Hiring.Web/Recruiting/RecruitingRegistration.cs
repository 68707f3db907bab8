using Microsoft.AspNetCore.Authorization;

namespace Hiring.Web.Recruiting;

public static class RecruitingRegistration
{
    public static IServiceCollection AddHiringRecruiting(this IServiceCollection services)
    {
        services.AddSingleton<CvStore>();
        services.AddSingleton<IAuthorizationHandler, ApplicationAccessHandler>();
        services.AddScoped<BulkActions>();
        services.AddScoped<Accommodations>();
        services.AddScoped<RecruitingAnalytics>();
        services.AddScoped<SavedViews>();
        return services;
    }
}
