namespace Hiring.Web.Assessments;

public static class AssessmentRegistration
{
    public static IServiceCollection AddHiringAssessments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AssessmentOptions>().Bind(configuration.GetSection(AssessmentOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<BankContent>();
        services.AddScoped<AttemptStarter>();
        services.AddScoped<MultitaskScenarios>();
        services.AddSingleton<MultitaskAudio>();
        services.AddSingleton<PracticeRounds>();
        services.AddScoped<AnswerSaver>();
        services.AddSingleton<AnswerProgress>();
        services.AddSingleton<AnswerWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AnswerWriter>());
        services.AddScoped<Heartbeat>();
        services.AddScoped<AttemptFinaliser>();
        services.AddScoped<CandidateSubmission>();
        services.AddSingleton<SubmitWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<SubmitWriter>());
        services.AddScoped<NormGroups>();
        services.AddSingleton<PublishedNorms>();
        services.AddScoped<AttemptReport>();
        services.AddSingleton<AttemptSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<AttemptSweep>());
        return services;
    }
}
