using Hiring.Web.Identity;

namespace Hiring.Web.Infrastructure;

/// <summary>
/// A page is protected by the folder it lives in. Everything needs sign-in by default (fallback
/// policy); the public folders opt out here, and each staff area requires its policy.
/// </summary>
public static class PageConventions
{
    /// <summary>Account pages reachable without signing in; the rest of /Account (Manage) needs sign-in.</summary>
    public static readonly string[] AnonymousAccountPages =
        ["Login", "LoginWith2fa", "LoginWithRecoveryCode", "Register", "RegisterConfirmation", "ConfirmEmail", "ResendConfirmation", "ForgotPassword", "ResetPassword", "AcceptInvitation", "AccessDenied", "Lockout", "Logout"];

    public static IServiceCollection AddHiringPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Index");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Status");
            o.Conventions.AllowAnonymousToFolder("/Careers");
            foreach (var page in AnonymousAccountPages) o.Conventions.AllowAnonymousToPage("/Account/" + page);
            o.Conventions.AuthorizeFolder("/Candidate", Policies.Candidates);
            o.Conventions.AuthorizeFolder("/Recruiting", Policies.Recruiting);
            o.Conventions.AuthorizeFolder("/Interviews", Policies.Interviewing);
            o.Conventions.AuthorizeFolder("/Reports", Policies.Reporting);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administration);
        }).AddMvcOptions(o =>
        {
            o.ModelBinderProviders.Insert(0, new SafeValueBinderProvider());
            o.Filters.Add<UnknownHandlerFilter>();
        });
        return services;
    }
}
