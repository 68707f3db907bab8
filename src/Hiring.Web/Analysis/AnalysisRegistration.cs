namespace Hiring.Web.Analysis;

public static class AnalysisRegistration
{
    public static IServiceCollection AddHiringAnalysis(this IServiceCollection services) => services.AddScoped<AnalysisQueries>();
}
