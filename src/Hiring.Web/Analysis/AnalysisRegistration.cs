namespace Hiring.Web.Analysis;

public static class AnalysisRegistration
{
    public static IServiceCollection AddHiringAnalysis(this IServiceCollection services)
    {
        services.AddScoped<AnalysisQueries>();
        services.AddSingleton<NormRecompute>();
        services.AddHostedService(sp => sp.GetRequiredService<NormRecompute>());
        return services;
    }
}
