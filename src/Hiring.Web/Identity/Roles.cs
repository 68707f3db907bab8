namespace Hiring.Web.Identity;

/// <summary>The five roles. Each lands on its own dashboard after log-in (<see cref="Dashboards"/>).</summary>
public static class Roles
{
    public const string Candidate = nameof(Candidate);
    public const string Recruiter = nameof(Recruiter);
    public const string Interviewer = nameof(Interviewer);
    public const string HiringManager = nameof(HiringManager);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Candidate, Recruiter, Interviewer, HiringManager, Admin];
    public static readonly IReadOnlyList<string> Staff = [Recruiter, Interviewer, HiringManager, Admin];
}

/// <summary>Authorization policies, one per page area; <see cref="PageConventions"/> applies them by folder.</summary>
public static class Policies
{
    public const string Candidates = "Candidates";
    public const string Recruiting = "Recruiting";
    public const string Interviewing = "Interviewing";
    public const string Reporting = "Reporting";
    public const string Administration = "Administration";
}

/// <summary>Where each role lands after log-in; a user with several roles gets the first that applies.</summary>
public static class Dashboards
{
    public static string For(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        if (set.Contains(Roles.Admin)) return "/Admin";
        if (set.Contains(Roles.Recruiter)) return "/Recruiting";
        if (set.Contains(Roles.HiringManager)) return "/Reports";
        if (set.Contains(Roles.Interviewer)) return "/Interviews";
        return "/Candidate";
    }

    /// <summary>After log-in: back where the user was going (a local URL only), else their dashboard.</summary>
    public static string AfterSignIn(string? returnUrl, IEnumerable<string> roles, Func<string, bool> isLocal) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl != "/" && isLocal(returnUrl) ? returnUrl : For(roles);
}
