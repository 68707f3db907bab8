namespace Hiring.Web.Tests.Security;

/// <summary>
/// Who may open which page: the expected access matrix, one readable row per area. The most specific
/// prefix wins. Every page the app maps must match a row (a new page cannot escape), and the tests
/// check every page and handler against every role and an anonymous visitor.
/// </summary>
public static class AccessMatrix
{
    public const string Anonymous = "anonymous";
    public const string Candidate = "Candidate", Recruiter = "Recruiter", Interviewer = "Interviewer", Manager = "HiringManager", Admin = "Admin";
    public static readonly string[] Everyone = [Anonymous, Candidate, Recruiter, Interviewer, Manager, Admin];
    private static readonly string[] SignedIn = [Candidate, Recruiter, Interviewer, Manager, Admin];

    public static readonly (string Prefix, string[] Allowed)[] Rows =
    [
        ("/", Everyone),                                   // home page (exact)
        ("/Index", Everyone),
        ("/Error", Everyone),
        ("/Status", Everyone),
        ("/Language", Everyone),                           // the language switch
        ("/Careers", Everyone),
        ("/Account", Everyone),                            // log-in, registration, password reset…
        ("/Account/Manage", SignedIn),                     // a signed-in user's own account
        ("/Cvs", SignedIn),                                // a CV: its owner, recruiters, admins, and its panel (object-level check inside, CvAccessTests)
        ("/Candidate", [Candidate]),
        ("/Recruiting", [Recruiter, Admin]),
        ("/Interviews", [Interviewer, Recruiter, Admin]),
        ("/Interviews/Bank", [Recruiter, Admin]),          // managing the question bank
        ("/Interviews/Schedule", [Recruiter, Admin]),      // booking, moving and cancelling interviews
        ("/Interviews/Reschedule", [Recruiter, Admin]),
        ("/Reports", [Manager, Recruiter, Admin]),
        ("/Admin", [Admin]),
    ];

    /// <summary>Pages the request loop leaves out, each with its reason (their own tests cover them).</summary>
    public static readonly Dictionary<string, string> NotRequested = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Account/Logout"] = "ends the very session the matrix goes on with",
        ["Account/AccessDenied"] = "is the refusal page: it answers 403 to everyone by design",
        ["Account/LoginWith2fa"] = "is the second log-in step: without the first it sends everyone back to log in (TwoFactorTests)",
        ["Account/LoginWithRecoveryCode"] = "is the second log-in step: without the first it sends everyone back to log in (TwoFactorTests)",
    };

    /// <summary>The row for a page route: the longest prefix that matches at a path-segment boundary.</summary>
    public static (string Prefix, string[] Allowed)? RowFor(string route)
    {
        var path = "/" + route.Trim('/');
        return Rows.Where(r => r.Prefix == "/" ? path == "/" : path.Equals(r.Prefix, StringComparison.OrdinalIgnoreCase)
                                   || path.StartsWith(r.Prefix + "/", StringComparison.OrdinalIgnoreCase))
                   .OrderByDescending(r => r.Prefix.Length)
                   .Select(r => ((string, string[])?)r)
                   .FirstOrDefault();
    }
}
