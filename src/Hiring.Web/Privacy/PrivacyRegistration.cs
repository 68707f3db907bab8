namespace Hiring.Web.Privacy;

public static class PrivacyRegistration
{
    public static IServiceCollection AddHiringPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Anonymiser>();
        services.AddScoped<Erasure>();
        services.AddScoped<DataExport>();
        services.AddSingleton<RetentionJob>();
        if (configuration.GetValue(PrivacyOptions.Section + ":RetentionEnabled", true))
            services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());
        return services;
    }
}
