using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.DataProtection;
using Hiring.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Hiring.Web.Identity;

public static class IdentityRegistration
{
    public static IServiceCollection AddHiringIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Secure, __Host- prefixed cookies need HTTPS all the way to the app (or forwarded headers from the proxy).
        var httpsCookies = HttpsRequiredRegistration.HttpsCookies(configuration, environment);
        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                // OWASP ASVS 4.0 (2.1.1, 2.1.9): length, not composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<HiringDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddScoped<StaffInvitations>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionPolicy.StampInterval);
        // PBKDF2 iterations as OWASP recommends for HMAC-SHA512 (Identity's default is 100,000).
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = SessionPolicy.StaffAbsolute;
            SecureCookie(o.Cookie, "Hiring", httpsCookies);
            SessionPolicy.Apply(o.Events);
        });
        // The half-signed-in cookie between password and code, and the "remember this device" cookie.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme,
            o => SecureCookie(o.Cookie, "Hiring.TwoFactor", httpsCookies));
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme,
            o => SecureCookie(o.Cookie, "Hiring.TwoFactorDevice", httpsCookies));
        services.AddAntiforgery(o => SecureCookie(o.Cookie, "Hiring.Antiforgery", httpsCookies));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Candidates, p => p.RequireRole(Roles.Candidate))
            .AddPolicy(Policies.Recruiting, p => p.RequireRole(Roles.Recruiter, Roles.Admin))
            .AddPolicy(Policies.Interviewing, p => p.RequireRole(Roles.Interviewer, Roles.Recruiter, Roles.Admin))
            .AddPolicy(Policies.Reporting, p => p.RequireRole(Roles.HiringManager, Roles.Recruiter, Roles.Admin))
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Admin));

        services.AddScoped<RoleSetup>();
        services.AddScoped<AccountMail>();
        services.AddScoped<UnknownAccount>();
        services.AddDataProtection().PersistKeysToDbContext<HiringDbContext>().SetApplicationName("Hiring");
        return services;
    }

    /// <summary>Outside Development cookies are Secure and <c>__Host-</c> prefixed (no Domain, Path=/, HTTPS only).</summary>
    private static void SecureCookie(CookieBuilder cookie, string name, bool https)
    {
        cookie.Name = https ? "__Host-" + name : name;
        cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/";
    }
}
