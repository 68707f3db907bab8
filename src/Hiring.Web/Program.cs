using Hiring.Web.Analysis;
using Hiring.Web.Assessments;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Demo;
using Hiring.Web.Identity;
using Hiring.Web.Infrastructure;
using Hiring.Web.Interviews;
using Hiring.Web.Localization;
using Hiring.Web.Mail;
using Hiring.Web.Privacy;
using Hiring.Web.Security;
using Hiring.Web.Recruiting;
using Hiring.Web.Recruiting.Rules;
using Hiring.Web.Reports;
using Hiring.Web.Seeding;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.UseRootAppSettings(builder.Environment);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<JobStart>();
builder.Services.AddHiringPaths(builder.Configuration);
builder.Services.AddHiringDatabase(builder.Configuration);
builder.Services.AddHiringIdentity(builder.Configuration, builder.Environment);
builder.Services.AddHiringRateLimits(builder.Configuration);
builder.Services.AddHiringAuditing();
builder.Services.AddHiringMail(builder.Configuration);
builder.Services.AddHiringRecruiting();
builder.Services.AddHiringPipelineRules(builder.Configuration);
builder.Services.AddHiringPrivacy(builder.Configuration);
builder.Services.AddHiringReports();
builder.Services.AddHiringSeeding(builder.Configuration);
builder.Services.AddHiringAssessments(builder.Configuration);
builder.Services.AddHiringAnalysis();
builder.Services.AddHiringDemoData(builder.Configuration, builder.Environment);
builder.Services.AddHiringInterviews(builder.Configuration);
builder.Services.AddHiringPages();
builder.Services.AddHiringLocalization();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.MigrateDatabaseAsync();
    return;
}

// The database is made ready while the request pipeline is built (Razor Pages' endpoints alone are ~0.15 s of reflection,
// docs/benchmarks.md); the app listens once both are done, and a failure to prepare the database still stops it.
var databaseReady = Task.Run(app.PrepareDatabaseAsync);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseHiringSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/Status/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseRequestLocalization();
app.UseHttpsRequired();
app.UseRateLimiter();
app.UseAuthorization();
app.UseStaffTwoFactorRequirement();
app.MapRazorPages();
app.MapHealthChecks("/health").AllowAnonymous();
await databaseReady;

app.Lifetime.ApplicationStarted.Register(() => app.PrintWelcome());
await app.RunAsync();

/// <summary>Entry point type, public so integration tests can host the app.</summary>
public partial class Program;
