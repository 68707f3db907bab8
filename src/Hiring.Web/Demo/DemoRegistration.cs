namespace Hiring.Web.Demo;

public static class DemoRegistration
{
    public static IServiceCollection AddHiringDemoData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section))
            .Validate(o => o.Applicants is >= 0 and <= 100_000, "Demo:Applicants must be 0-100000.")
            .Validate(o => o.Password.Length >= 12, "Demo:Password must be at least 12 characters.")
            .ValidateOnStart();
        services.AddSingleton<DemoInBackground>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoInBackground>());
        return services.AddScoped<DemoData>();
    }
}
